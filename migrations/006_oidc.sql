-- SPDX-License-Identifier: EUPL-1.2
-- Signing in through an organisation's OpenID Connect provider (issue 17, ADR 0021).

-- One provider per organisation, set by its admin. The client secret is never returned by the API.
CREATE TABLE oidc_providers (
  organisation_id uuid PRIMARY KEY REFERENCES organisations(id),
  display_name text NOT NULL,
  issuer text NOT NULL,
  client_id text NOT NULL,
  client_secret text NOT NULL,
  redirect_uri text NOT NULL,
  scopes text NOT NULL,
  -- How a first sign-in finds the platform user: 'email', 'preferred_username' or 'none' (only an existing link).
  match_claim text NOT NULL CHECK (match_claim IN ('email', 'preferred_username', 'none')),
  -- 'platform': the user's roles in Maatwerk count; 'claims': the roles follow the provider's claim on every sign-in.
  role_mode text NOT NULL CHECK (role_mode IN ('platform', 'claims')),
  roles_claim text,
  role_map jsonb NOT NULL DEFAULT '{}',
  single_logout boolean NOT NULL DEFAULT false,
  enabled boolean NOT NULL DEFAULT true,
  version integer NOT NULL DEFAULT 1,
  updated_at timestamptz NOT NULL DEFAULT now(),
  updated_by uuid REFERENCES users(id)
);

-- A platform user's identity at a provider: the (issuer, subject) pair, linked at the first sign-in.
CREATE TABLE oidc_identities (
  issuer text NOT NULL,
  subject text NOT NULL,
  user_id uuid NOT NULL REFERENCES users(id),
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  linked_at timestamptz NOT NULL DEFAULT now(),
  last_sign_in_at timestamptz,
  PRIMARY KEY (issuer, subject),
  UNIQUE (user_id, issuer)
);

-- A sign-in under way: state, nonce and PKCE verifier, found by the hash of a cookie of this browser; used once.
CREATE TABLE oidc_sign_in_attempts (
  token_hash text PRIMARY KEY,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  state text NOT NULL,
  nonce text NOT NULL,
  code_verifier text NOT NULL,
  expires_at timestamptz NOT NULL
);

-- A platform session that began at a provider: its ID token is the hint for single logout.
CREATE TABLE oidc_sessions (
  session_token_hash text PRIMARY KEY REFERENCES sessions(token_hash) ON DELETE CASCADE,
  organisation_id uuid NOT NULL REFERENCES organisations(id),
  id_token text NOT NULL
);
