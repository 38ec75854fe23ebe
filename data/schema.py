"""The SQLite schema as explicit, numbered migrations.

Each migration is applied once, in order, inside a transaction, and recorded in
`schema_migrations`. Never edit a released migration: add the next one.
"""

from __future__ import annotations

MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial schema",
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('vendor', 'press', 'other')),
            provider TEXT,
            url TEXT NOT NULL,
            format TEXT,
            fetch_articles INTEGER NOT NULL DEFAULT 0,
            enabled INTEGER NOT NULL DEFAULT 1,
            etag TEXT,
            last_modified TEXT,
            last_fetched_at TEXT,
            last_success_at TEXT,
            last_status TEXT,
            last_error TEXT,
            last_error_at TEXT,
            consecutive_failures INTEGER NOT NULL DEFAULT 0,
            last_latency_ms REAL,
            n_documents INTEGER NOT NULL DEFAULT 0
        );

        CREATE TABLE fetch_runs (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            command TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',  -- running | ok | partial | failed | interrupted
            pid INTEGER,
            pipeline_version TEXT,
            n_sources INTEGER NOT NULL DEFAULT 0,
            n_sources_ok INTEGER NOT NULL DEFAULT 0,
            n_sources_failed INTEGER NOT NULL DEFAULT 0,
            n_new_documents INTEGER NOT NULL DEFAULT 0,
            n_updated_documents INTEGER NOT NULL DEFAULT 0,
            n_extracted INTEGER NOT NULL DEFAULT 0,
            summary TEXT  -- JSON
        );

        CREATE TABLE source_fetches (
            run_id INTEGER NOT NULL REFERENCES fetch_runs(id),
            source_id TEXT NOT NULL REFERENCES sources(id),
            started_at TEXT,
            finished_at TEXT,
            status TEXT NOT NULL,  -- ok | not_modified | partial | error
            http_status INTEGER,
            n_entries INTEGER NOT NULL DEFAULT 0,
            n_new INTEGER NOT NULL DEFAULT 0,
            n_updated INTEGER NOT NULL DEFAULT 0,
            bytes_received INTEGER NOT NULL DEFAULT 0,
            latency_ms REAL,
            error TEXT,
            problems TEXT,  -- JSON list of {code, message, severity, url}
            PRIMARY KEY (run_id, source_id)
        );

        -- Raw bytes exactly as received, zlib-compressed, shared by content hash.
        CREATE TABLE raw_payloads (
            sha256 TEXT PRIMARY KEY,
            url TEXT,
            content_type TEXT,
            size INTEGER NOT NULL,
            body BLOB NOT NULL,
            first_fetched_at TEXT NOT NULL
        );

        CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            doc_key TEXT NOT NULL UNIQUE,
            source_id TEXT,
            source_kind TEXT NOT NULL CHECK (source_kind IN ('vendor', 'press', 'other')),
            provider TEXT,
            url TEXT,
            canonical_url TEXT,
            title TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            outlet TEXT,
            author TEXT,
            format TEXT,
            published_at TEXT,
            updated_at TEXT,
            fetched_at TEXT NOT NULL,
            content_sha256 TEXT NOT NULL,
            raw_sha256 TEXT REFERENCES raw_payloads(sha256),
            version INTEGER NOT NULL DEFAULT 1,
            timeline TEXT,  -- JSON list of {status, at, text}
            extra TEXT,     -- JSON
            -- extraction state
            is_outage INTEGER,
            language TEXT,
            extraction TEXT,  -- JSON: the full §5 output minus text
            extraction_error TEXT,
            extracted_at TEXT,
            pipeline_version TEXT,
            needs_extraction INTEGER NOT NULL DEFAULT 1
        );
        CREATE INDEX documents_source ON documents(source_id);
        CREATE INDEX documents_provider_published ON documents(provider, published_at);
        CREATE INDEX documents_canonical_url ON documents(canonical_url);
        CREATE INDEX documents_needs_extraction ON documents(needs_extraction);

        -- Earlier versions of a document, kept when its content changes.
        CREATE TABLE document_versions (
            document_id TEXT NOT NULL REFERENCES documents(id),
            version INTEGER NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            content_sha256 TEXT NOT NULL,
            raw_sha256 TEXT,
            fetched_at TEXT NOT NULL,
            PRIMARY KEY (document_id, version)
        );

        -- One row per outage a document speaks of (DESIGN.md §5 "incidents" entries).
        CREATE TABLE mentions (
            id TEXT PRIMARY KEY,  -- "<document_id>#<index>"
            document_id TEXT NOT NULL REFERENCES documents(id),
            idx INTEGER NOT NULL,
            is_primary INTEGER NOT NULL DEFAULT 0,
            provider TEXT,
            services TEXT,  -- JSON list
            regions TEXT,   -- JSON list
            start TEXT,
            "end" TEXT,
            duration_hours REAL,
            cause_category TEXT,
            ai_involved INTEGER,
            ai_role TEXT,
            incident_id TEXT,
            assignment_reason TEXT
        );
        CREATE INDEX mentions_document ON mentions(document_id);
        CREATE INDEX mentions_incident ON mentions(incident_id);
        CREATE INDEX mentions_provider_start ON mentions(provider, start);

        CREATE TABLE claims (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents(id),
            mention_id TEXT NOT NULL REFERENCES mentions(id),
            incident_id TEXT,
            attribute TEXT NOT NULL,
            value TEXT,
            normalized TEXT,  -- JSON scalar
            polarity TEXT NOT NULL DEFAULT 'asserts',
            speaker_kind TEXT NOT NULL,
            speaker TEXT,
            quote TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            confidence REAL,
            pipeline_version TEXT
        );
        CREATE INDEX claims_document ON claims(document_id);
        CREATE INDEX claims_mention ON claims(mention_id);
        CREATE INDEX claims_incident ON claims(incident_id);

        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            provider TEXT,
            title TEXT,
            services TEXT,  -- JSON list
            regions TEXT,   -- JSON list
            started_at TEXT,
            ended_at TEXT,
            duration_hours REAL,
            duration_basis TEXT,  -- status_page | vendor_statement | press
            start_basis TEXT,
            vendor_cause TEXT,
            press_cause TEXT,
            cause_category TEXT,
            cause_basis TEXT,
            ai_status TEXT,  -- alleged | acknowledged | denied | none
            ai_role TEXT,
            n_documents INTEGER NOT NULL DEFAULT 0,
            n_vendor_documents INTEGER NOT NULL DEFAULT 0,
            n_press_documents INTEGER NOT NULL DEFAULT 0,
            first_press_at TEXT,
            first_vendor_at TEXT,
            ack_delay_hours REAL,
            n_disagreements INTEGER NOT NULL DEFAULT 0,
            max_severity REAL,
            accounts TEXT,  -- JSON: {attribute: {vendor: {...}, press: {...}}}
            anchor TEXT,    -- what anchors the group (status-page document id, or first mention)
            status TEXT NOT NULL DEFAULT 'active',  -- active | merged | deleted
            merged_into TEXT,
            pipeline_version TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX incidents_provider_started ON incidents(provider, started_at);

        CREATE TABLE disagreements (
            id TEXT PRIMARY KEY,
            incident_id TEXT NOT NULL REFERENCES incidents(id),
            attribute TEXT NOT NULL,
            kind TEXT NOT NULL,  -- contradiction | denial | magnitude | scope | omission | drift
            vendor_value TEXT,
            press_value TEXT,
            vendor_claim_ids TEXT,  -- JSON list
            press_claim_ids TEXT,   -- JSON list
            severity REAL NOT NULL,
            summary TEXT NOT NULL,
            dismissed INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL
        );
        CREATE INDEX disagreements_incident ON disagreements(incident_id);

        -- Human corrections; re-applied after every rebuild so they survive `reprocess`.
        CREATE TABLE overrides (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            created_at TEXT NOT NULL,
            author TEXT NOT NULL,
            reason TEXT NOT NULL,
            action TEXT NOT NULL,  -- set_field | merge | split | dismiss_disagreement | assign_document
            incident_id TEXT,
            payload TEXT NOT NULL,  -- JSON
            active INTEGER NOT NULL DEFAULT 1,
            applied_at TEXT,
            problem TEXT  -- why it could not be applied, if so
        );

        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='rowid', tokenize='porter unicode61'
        );
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE OF title, text ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text);
        END;
        """,
    ),
    (
        2,
        "indexes for the dashboard's filters and rankings",
        """
        CREATE INDEX incidents_status_started ON incidents(status, started_at);
        CREATE INDEX disagreements_severity ON disagreements(dismissed, severity);
        CREATE INDEX documents_published ON documents(published_at);
        """,
    ),
    (
        3,
        "covering index for dashboard aggregates; drop the dismissed-led disagreement index",
        """
        -- incidents rows carry multi-kB accounts JSON: aggregates read this index, not the rows.
        CREATE INDEX incidents_summary ON incidents(
            status, started_at, provider, cause_category, ai_status, duration_hours,
            ack_delay_hours, n_vendor_documents, n_press_documents
        );
        -- Led by a two-valued column, the planner could pick it over disagreements_incident for a
        -- per-incident probe and scan every disagreement for every incident.
        DROP INDEX disagreements_severity;
        CREATE INDEX disagreements_by_severity ON disagreements(severity);
        """,
    ),
]

SCHEMA_VERSION = MIGRATIONS[-1][0]
