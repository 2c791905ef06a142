-- ClinicalPortal: a least-privilege login role for the application (production).
--
-- The application should not own its tables. The owner (the role that runs the EF migrations) can
-- drop or disable the append-only trigger on audit_events; a non-owner role cannot. So:
--   * the owner role (here: whoever runs this file) owns the schema and applies migrations;
--   * the application connects as portal_app, with Database__Migrate=false.
--
-- Run as the owner, connected to the portal database, after every migration (the file is idempotent):
--   psql "host=HOST dbname=clinicalportal user=OWNER" -v app_password='...' -f infra/postgres/roles.sql
-- Without -v app_password the role is created without a password (set one with \password portal_app,
-- or use certificate / IAM authentication).

\set ON_ERROR_STOP on

DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'portal_app') THEN
        CREATE ROLE portal_app LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;
    END IF;
END
$$;

\if :{?app_password}
ALTER ROLE portal_app PASSWORD :'app_password';
\endif

GRANT CONNECT, TEMPORARY ON DATABASE :"DBNAME" TO portal_app;
GRANT USAGE ON SCHEMA public TO portal_app;
REVOKE CREATE ON SCHEMA public FROM portal_app;

-- Ordinary tables (clinical model, Identity, OpenIddict, Data Protection keys, outbox): read and write.
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO portal_app;
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO portal_app;
-- Tables that later migrations create as this owner get the same grants (re-run this file anyway,
-- so the audit restrictions below are applied to them too).
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO portal_app;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO portal_app;

-- Migrations are the owner's job: the application only reads the history.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM portal_app;

-- The audit trail: append, read, and seal. Sealing is the only UPDATE, and only of the four sealing
-- columns (the trigger from the AuditAppendOnly migration additionally refuses re-sealing a row).
REVOKE ALL ON audit_events FROM portal_app;
GRANT SELECT, INSERT ON audit_events TO portal_app;
GRANT UPDATE (chain_sequence, previous_hash, hash, sealed_at) ON audit_events TO portal_app;

-- Chain heads: the sealer inserts and advances them; nothing deletes them.
REVOKE ALL ON audit_chain_heads FROM portal_app;
GRANT SELECT, INSERT, UPDATE ON audit_chain_heads TO portal_app;

-- Nobody but the owner may delete or truncate audit data (PUBLIC holds no table rights by default;
-- this makes the intent explicit).
REVOKE DELETE, TRUNCATE ON audit_events, audit_chain_heads FROM PUBLIC;
