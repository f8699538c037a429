-- SPDX-License-Identifier: EUPL-1.2
-- Proportional enforcement (issue 14): handhavingszaken with the calculator input, the consequences,
-- the Omgekeerde Toets and the decision; the pauzeknop; "bekend bij een regisseur?"; the way back.
-- Linked to a household only by its id: enforcement reads nothing of the care file through these tables.

CREATE TABLE handhavingszaken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  household_id uuid NOT NULL REFERENCES households(id),
  officer_id uuid REFERENCES users(id),
  title text NOT NULL,
  status text NOT NULL DEFAULT 'onderzoek' CHECK (status IN ('onderzoek','besloten','afgesloten')),
  opened_on date NOT NULL,
  -- The calculator's input as last saved (the result is recomputed from it, never stored).
  calc_input jsonb,
  -- {children, housingRisk, shelterMonths}
  consequences jsonb,
  -- Omgekeerde Toets: the goal of the intervention, what the rule intends, what would be proportionate.
  toets_goal text NOT NULL DEFAULT '',
  toets_rule_intent text NOT NULL DEFAULT '',
  toets_proportionate text NOT NULL DEFAULT '',
  decision text CHECK (decision IN ('strikt','netto','waarschuwing','afzien','pauze')),
  decision_reasons text NOT NULL DEFAULT '',
  decided_by uuid REFERENCES users(id),
  decided_on date,
  -- The way back: a stopped benefit, what is needed to restart it, when it restarted.
  benefit_stopped_on date,
  restart_needs text NOT NULL DEFAULT '',
  benefit_restarted_on date,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX handhavingszaken_org ON handhavingszaken (organisation_id, status);
CREATE INDEX handhavingszaken_household ON handhavingszaken (household_id);

CREATE TABLE handhavingspauzes (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  zaak_id uuid NOT NULL REFERENCES handhavingszaken(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  household_id uuid NOT NULL REFERENCES households(id),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_as text NOT NULL CHECK (requested_as IN ('handhaving','regisseur')),
  requested_on date NOT NULL,
  reason text NOT NULL,
  until date NOT NULL,
  owner text NOT NULL,
  conditions text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'aangevraagd' CHECK (status IN ('aangevraagd','lopend','afgewezen','beeindigd')),
  decided_by uuid REFERENCES users(id),
  decided_on date,
  decision_note text NOT NULL DEFAULT '',
  end_decision text NOT NULL DEFAULT '',
  ended_on date,
  reminded_on date,
  created_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX handhavingspauzes_zaak ON handhavingspauzes (zaak_id);
CREATE INDEX handhavingspauzes_household ON handhavingspauzes (household_id, status);

CREATE TABLE handhavingsvragen (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  zaak_id uuid NOT NULL REFERENCES handhavingszaken(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  household_id uuid NOT NULL REFERENCES households(id),
  asked_by uuid NOT NULL REFERENCES users(id),
  asked_on date NOT NULL,
  known boolean NOT NULL,
  -- The regisseur of an open case of the household (null when not known to one).
  regisseur_id uuid REFERENCES users(id),
  case_id uuid REFERENCES cases(id),
  answer text,
  answer_legal_ground text,
  answered_by uuid REFERENCES users(id),
  answered_on date,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX handhavingsvragen_zaak ON handhavingsvragen (zaak_id);
CREATE INDEX handhavingsvragen_case ON handhavingsvragen (case_id);
