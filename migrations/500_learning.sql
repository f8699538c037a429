-- SPDX-License-Identifier: EUPL-1.2
-- The Bibliotheek Mooi Maatwerk: anonymised breakthroughs shared across organisations, with versions,
-- four-eyes publication, Dutch full-text search (dutch configuration) and trigram typo tolerance.

-- In the public schema, so every schema on the server (and the tests' throw-away schemas) sees it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

CREATE TABLE doorbraken (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  -- The organisation that shared it; the entry itself holds no case data.
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  -- The knelpunt it was drawn from (inside the sharing organisation only; never shown to others).
  knelpunt_id uuid REFERENCES knelpunten(id),
  author_id uuid REFERENCES users(id),
  status text NOT NULL DEFAULT 'concept' CHECK (status IN ('concept','ter_goedkeuring','gepubliceerd','ingetrokken')),
  -- The version being written or awaiting approval, and the version everyone sees.
  draft_version integer,
  published_version integer,
  approved_by uuid REFERENCES users(id),
  approved_at timestamptz,
  withdrawn_by uuid REFERENCES users(id),
  withdrawn_at timestamptz,
  withdraw_reason text,
  is_demo boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX doorbraken_org ON doorbraken (organisation_id, status);
CREATE UNIQUE INDEX doorbraken_knelpunt ON doorbraken (knelpunt_id) WHERE knelpunt_id IS NOT NULL;

CREATE TABLE doorbraak_versions (
  doorbraak_id uuid NOT NULL REFERENCES doorbraken(id),
  number integer NOT NULL,
  title text NOT NULL,
  situation text NOT NULL,
  blocking_law text NOT NULL,
  blocking_article text NOT NULL DEFAULT '',
  organisation_kind text NOT NULL,
  knelpunt_type text NOT NULL,
  breakthrough text NOT NULL,
  decided_level text NOT NULL DEFAULT '',
  outcome text NOT NULL CHECK (outcome IN ('toegekend','overbrugd','opgelost')),
  working_days integer CHECK (working_days >= 0),
  -- Per kind of funder, rounded to whole thousands of euros: [{funder, regulierCents, maatwerkCents}]
  costs jsonb NOT NULL DEFAULT '[]',
  life_domains text[] NOT NULL DEFAULT '{}',
  -- Roles and age bands only: [{role, ageBand}]
  household_shape jsonb NOT NULL DEFAULT '[]',
  municipality text NOT NULL,
  year integer NOT NULL,
  -- What the anonymiser removed, as counts per kind (never the removed text itself).
  removal_counts jsonb NOT NULL DEFAULT '{}',
  change_note text NOT NULL DEFAULT '',
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now(),
  body text GENERATED ALWAYS AS (title || ' ' || situation || ' ' || breakthrough || ' ' || blocking_law || ' ' || blocking_article) STORED,
  search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', title), 'A') ||
    setweight(to_tsvector('dutch', blocking_law || ' ' || blocking_article), 'B') ||
    setweight(to_tsvector('dutch', situation || ' ' || breakthrough), 'C')
  ) STORED,
  PRIMARY KEY (doorbraak_id, number)
);
CREATE INDEX doorbraak_versions_search ON doorbraak_versions USING gin (search);
CREATE INDEX doorbraak_versions_trgm ON doorbraak_versions USING gin (body gin_trgm_ops);
CREATE INDEX doorbraak_versions_law ON doorbraak_versions (blocking_law);

-- "Deze doorbraak gebruik ik": a link from an entry to a knelpunt of any organisation.
CREATE TABLE doorbraak_reuse (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  doorbraak_id uuid NOT NULL REFERENCES doorbraken(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  knelpunt_id uuid REFERENCES knelpunten(id),
  municipality text NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX doorbraak_reuse_once ON doorbraak_reuse (doorbraak_id, knelpunt_id) WHERE knelpunt_id IS NOT NULL;
CREATE INDEX doorbraak_reuse_entry ON doorbraak_reuse (doorbraak_id);
