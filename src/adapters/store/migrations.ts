/**
 * The workspace schema as an ordered list of migrations: migration i brings the database from
 * `PRAGMA user_version` i to i + 1. Never edit a released migration; append a new one.
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
  // 2: tracking (issue 5): imported measurements as daily aggregates, baselines, headcounts,
  // CO2 per year, and the measures members took. Plates and badge numbers never get here.
  `
  CREATE TABLE track_imports (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('log', 'counts', 'registrations')),
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows_used INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    first_date TEXT,
    last_date TEXT,
    UNIQUE (company_id, kind, source, content_hash)
  );

  CREATE TABLE daily_counts (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    date TEXT NOT NULL,
    morning INTEGER NOT NULL CHECK (morning >= 0),
    evening INTEGER NOT NULL CHECK (evening >= 0),
    PRIMARY KEY (company_id, source, date)
  );

  CREATE TABLE avoidance_registrations (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    date TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (company_id, source, date, mode, reason)
  );

  CREATE TABLE peak_baselines (
    company_id TEXT PRIMARY KEY REFERENCES companies(id) ON DELETE CASCADE,
    source TEXT NOT NULL CHECK (source IN ('measured', 'typed')),
    from_date TEXT,
    to_date TEXT,
    morning_per_day REAL NOT NULL CHECK (morning_per_day >= 0),
    evening_per_day REAL NOT NULL CHECK (evening_per_day >= 0),
    working_days INTEGER,
    days_with_data INTEGER,
    flagged TEXT,
    headcount INTEGER CHECK (headcount IS NULL OR headcount > 0),
    set_at TEXT NOT NULL
  );

  CREATE TABLE headcounts (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    from_date TEXT NOT NULL,
    headcount INTEGER NOT NULL CHECK (headcount > 0),
    PRIMARY KEY (company_id, from_date)
  );

  CREATE TABLE co2_years (
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    year INTEGER NOT NULL,
    co2_kg REAL NOT NULL CHECK (co2_kg >= 0),
    basis TEXT NOT NULL CHECK (basis IN ('wtw', 'ttw')),
    km_json TEXT NOT NULL,
    set_at TEXT NOT NULL,
    PRIMARY KEY (company_id, year)
  );

  CREATE TABLE measures (
    id INTEGER PRIMARY KEY,
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    measure TEXT NOT NULL,
    start_date TEXT NOT NULL,
    note TEXT,
    added_at TEXT NOT NULL,
    UNIQUE (company_id, measure, start_date)
  );
  `,
  // 3: campaigns (issue 14): a period and its members, registrations of trips not made during it
  // (date, trips, km, mode instead, peak) per imported file, and per file and member the number
  // of different people who registered. Who registered is never stored.
  `
  CREATE TABLE campaigns (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL CHECK (end_date >= start_date),
    members_json TEXT,
    created_at TEXT NOT NULL
  );

  CREATE TABLE campaign_imports (
    id INTEGER PRIMARY KEY,
    campaign_id TEXT NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    rows_used INTEGER NOT NULL,
    rows_rejected INTEGER NOT NULL,
    UNIQUE (campaign_id, source)
  );

  CREATE TABLE campaign_participants (
    import_id INTEGER NOT NULL REFERENCES campaign_imports(id) ON DELETE CASCADE,
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    participants INTEGER NOT NULL CHECK (participants >= 0),
    PRIMARY KEY (import_id, company_id)
  );

  CREATE TABLE campaign_registrations (
    import_id INTEGER NOT NULL REFERENCES campaign_imports(id) ON DELETE CASCADE,
    company_id TEXT NOT NULL REFERENCES companies(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    trips INTEGER NOT NULL CHECK (trips >= 0),
    km REAL CHECK (km IS NULL OR km >= 0),
    mode_instead TEXT,
    peak INTEGER CHECK (peak IS NULL OR peak IN (0, 1))
  );
  CREATE INDEX campaign_registrations_import ON campaign_registrations (import_id);
  `,
  // 4: undo (issue 12): each day of counts and registrations remembers the import it came from,
  // so an import can be removed with exactly its days. Existing days go to the newest import of
  // their source whose dates cover them (a newer import of a source replaces its dates, so that
  // one holds them). An import whose days a removed newer one had replaced is marked for reimport.
  `
  ALTER TABLE daily_counts ADD COLUMN import_id INTEGER REFERENCES track_imports(id) ON DELETE CASCADE;
  ALTER TABLE avoidance_registrations ADD COLUMN import_id INTEGER REFERENCES track_imports(id) ON DELETE CASCADE;
  ALTER TABLE track_imports ADD COLUMN needs_reimport INTEGER NOT NULL DEFAULT 0;
  UPDATE daily_counts SET import_id = (
    SELECT max(t.id) FROM track_imports t
    WHERE t.company_id = daily_counts.company_id AND t.source = daily_counts.source AND t.kind IN ('log', 'counts')
      AND daily_counts.date BETWEEN t.first_date AND t.last_date);
  UPDATE avoidance_registrations SET import_id = (
    SELECT max(t.id) FROM track_imports t
    WHERE t.company_id = avoidance_registrations.company_id AND t.source = avoidance_registrations.source AND t.kind = 'registrations'
      AND avoidance_registrations.date BETWEEN t.first_date AND t.last_date);
  CREATE INDEX daily_counts_import ON daily_counts (import_id);
  CREATE INDEX avoidance_registrations_import ON avoidance_registrations (import_id);
  `,
  // 5: a second file for days already held adds, completes or is refused (issue 13) instead of
  // replacing them: each import keeps what it added per day (counts, and a log's records as time
  // and direction without plates, to recognise them again), so two parts of one log add up and a
  // removal takes away exactly what that import added. The per-source tables become sums of these.
  `
  CREATE TABLE track_import_days (
    import_id INTEGER NOT NULL REFERENCES track_imports(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    morning INTEGER NOT NULL,
    evening INTEGER NOT NULL,
    records TEXT,
    replaced INTEGER NOT NULL DEFAULT 0 CHECK (replaced IN (0, 1)),
    PRIMARY KEY (import_id, date)
  );
  CREATE TABLE track_import_registrations (
    import_id INTEGER NOT NULL REFERENCES track_imports(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    mode TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    count INTEGER NOT NULL CHECK (count >= 0),
    replaced INTEGER NOT NULL DEFAULT 0 CHECK (replaced IN (0, 1)),
    PRIMARY KEY (import_id, date, mode, reason)
  );
  -- Days no import claims (none are expected) get an import of their own rather than being lost.
  INSERT INTO track_imports (company_id, kind, source, content_hash, file_name, imported_at, rows_used, rows_rejected, first_date, last_date)
    SELECT company_id, 'counts', source, 'earlier:' || source, '-', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), count(*), 0, min(date), max(date)
    FROM daily_counts WHERE import_id IS NULL GROUP BY company_id, source;
  UPDATE daily_counts SET import_id = (SELECT t.id FROM track_imports t WHERE t.company_id = daily_counts.company_id
    AND t.kind = 'counts' AND t.source = daily_counts.source AND t.content_hash = 'earlier:' || daily_counts.source) WHERE import_id IS NULL;
  INSERT INTO track_imports (company_id, kind, source, content_hash, file_name, imported_at, rows_used, rows_rejected, first_date, last_date)
    SELECT company_id, 'registrations', source, 'earlier:' || source, '-', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), count(*), 0, min(date), max(date)
    FROM avoidance_registrations WHERE import_id IS NULL GROUP BY company_id, source;
  UPDATE avoidance_registrations SET import_id = (SELECT t.id FROM track_imports t WHERE t.company_id = avoidance_registrations.company_id
    AND t.kind = 'registrations' AND t.source = avoidance_registrations.source AND t.content_hash = 'earlier:' || avoidance_registrations.source)
    WHERE import_id IS NULL;
  INSERT INTO track_import_days (import_id, date, morning, evening, records)
    SELECT import_id, date, morning, evening, NULL FROM daily_counts WHERE import_id IS NOT NULL;
  INSERT INTO track_import_registrations (import_id, date, mode, reason, count)
    SELECT import_id, date, mode, reason, count FROM avoidance_registrations WHERE import_id IS NOT NULL;
  DROP TABLE daily_counts;
  DROP TABLE avoidance_registrations;
  CREATE INDEX track_import_days_date ON track_import_days (date);
  CREATE INDEX track_import_registrations_date ON track_import_registrations (date);
  `,
];

/** The schema version this mobiscan writes. */
export const SCHEMA_VERSION = MIGRATIONS.length;
