/**
 * The workspace schema as an ordered list of migrations: migration i brings the database from
 * `PRAGMA user_version` i to i + 1. Never edit a released migration; append a new one.
 * Later issues add tables for measurements (parking counts, avoided trips) and measures here.
 */
export const MIGRATIONS: readonly string[] = [
  // 1: the alliance, its companies and locations, goals, and scan aggregates.
  `
  CREATE TABLE alliance (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    peak_windows_json TEXT NOT NULL,
    settings_json TEXT NOT NULL DEFAULT '{}'
  );

  CREATE TABLE companies (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    sector TEXT,
    headcount INTEGER CHECK (headcount IS NULL OR headcount > 0),
    declaration_signed TEXT,
    shares_with_alliance INTEGER NOT NULL DEFAULT 0 CHECK (shares_with_alliance IN (0, 1))
  );

  CREATE TABLE locations (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    name TEXT NOT NULL,
    address TEXT,
    postcode TEXT,
    lat REAL,
    lon REAL,
    position INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (company_id, key)
  );

  CREATE TABLE goals (
    id INTEGER PRIMARY KEY,
    company_id TEXT REFERENCES companies(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('peak-avoidance', 'co2-reduction')),
    target_pct REAL NOT NULL CHECK (target_pct > 0 AND target_pct <= 100),
    baseline_year INTEGER,
    target_year INTEGER CHECK (target_year IS NULL OR baseline_year IS NULL OR target_year > baseline_year),
    basis TEXT NOT NULL DEFAULT 'absolute' CHECK (basis IN ('absolute', 'per-employee')),
    updated_at TEXT NOT NULL
  );
  -- One goal of each kind per company; NULL (the alliance) would not be unique on its own.
  CREATE UNIQUE INDEX goals_scope_kind ON goals (coalesce(company_id, ''), kind);

  CREATE TABLE scans (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    export_date TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    employees INTEGER NOT NULL CHECK (employees >= 0),
    settings_hash TEXT NOT NULL,
    result_json TEXT NOT NULL,
    UNIQUE (company_id, content_hash)
  );
  CREATE INDEX scans_company_date ON scans (company_id, export_date);
  `,
];

/** The schema version this mobiscan writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
