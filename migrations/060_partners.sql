-- SPDX-License-Identifier: EUPL-1.2
-- Partners in the plan: the regisseur invites a professional of a partner organisation (a
-- woningcorporatie, a schuldhulpverlener, a GGZ provider) to a case for a stated purpose, with the
-- resident's consent recorded in the privacy room (table consents, migration 800; no foreign key,
-- because that migration runs later). The partner sees only what the purpose needs and works on the
-- actions of the party the invitation is for. ADR 0017.

CREATE TABLE case_invitations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organisation that owns the case (the controller).
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  household_id uuid NOT NULL REFERENCES households(id),
  -- The party in the plan the partner works for: its actions are the partner's.
  party_id uuid NOT NULL REFERENCES parties(id),
  partner_organisation_id uuid NOT NULL REFERENCES organisations(id),
  partner_user_id uuid NOT NULL REFERENCES users(id),
  purpose text NOT NULL,
  consent_id uuid NOT NULL,
  status text NOT NULL DEFAULT 'actief' CHECK (status IN ('actief','beeindigd')),
  invited_by uuid NOT NULL REFERENCES users(id),
  invited_at timestamptz NOT NULL DEFAULT now(),
  ended_at timestamptz,
  ended_by uuid REFERENCES users(id),
  end_reason text,
  version integer NOT NULL DEFAULT 1,
  CHECK (partner_organisation_id <> organisation_id)
);
CREATE INDEX case_invitations_case ON case_invitations (case_id);
CREATE INDEX case_invitations_partner ON case_invitations (partner_user_id, status);
CREATE UNIQUE INDEX case_invitations_one_active ON case_invitations (case_id, party_id, partner_user_id) WHERE status = 'actief';

-- Short messages from the partner to the regisseur (and back), kept with the case's organisation.
CREATE TABLE partner_messages (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  invitation_id uuid NOT NULL REFERENCES case_invitations(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  author_user_id uuid NOT NULL REFERENCES users(id),
  author_name text NOT NULL,
  author_organisation_id uuid NOT NULL REFERENCES organisations(id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX partner_messages_invitation ON partner_messages (invitation_id, created_at);
