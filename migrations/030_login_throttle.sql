-- SPDX-License-Identifier: EUPL-1.2
-- Login throttling per account and source address together (ADR 0008). One row per pair with
-- recent failures: reserved attempts, how often the pair was blocked (the delay doubles each time)
-- and until when it is blocked. In the database so it survives a restart and holds across processes.

CREATE TABLE login_throttle (
  username text NOT NULL,
  source text NOT NULL,
  attempts integer NOT NULL DEFAULT 0,
  lockouts integer NOT NULL DEFAULT 0,
  blocked_until timestamptz,
  updated_at timestamptz NOT NULL,
  PRIMARY KEY (username, source)
);
CREATE INDEX login_throttle_updated ON login_throttle (updated_at);

-- The periodic clean-up deletes expired sessions by expiry.
CREATE INDEX sessions_expires ON sessions (expires_at);
