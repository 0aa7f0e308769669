import GRDB

/// The history of the schema, one named migration per step. Never edit a migration that has
/// shipped: add the next one. Migrations speak SQL only, so they never change with Swift types.
enum SQLiteMigrations {
    /// Every migration this build knows, in order.
    static let migrator: DatabaseMigrator = {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents", migrate: createDocuments)
        migrator.registerMigration("v1-outbox", migrate: createOutbox)
        return migrator
    }()

    /// Documents keyed by kind, owner (`DE*ABC`, or `''` for deployment-wide ones) and id.
    /// `seq` is the store-assigned change number that keyset paging orders by; it comes from
    /// `document_sequence`, which only grows, so a number is never reused even after deletes.
    /// `last_updated` is milliseconds since 1970 (UTC); `body` is the JSON document.
    private static func createDocuments(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE document (
                    kind TEXT NOT NULL,
                    owner TEXT NOT NULL
                        CHECK (owner = '' OR owner GLOB '[A-Z][A-Z][*][A-Z0-9][A-Z0-9][A-Z0-9]'),
                    id TEXT NOT NULL CHECK (length(id) BETWEEN 1 AND 255),
                    seq INTEGER NOT NULL CHECK (seq > 0),
                    last_updated INTEGER NOT NULL,
                    body BLOB NOT NULL CHECK (json_valid(CAST(body AS TEXT))),
                    PRIMARY KEY (kind, owner, id)
                );
                CREATE UNIQUE INDEX document_kind_seq ON document (kind, seq);
                CREATE INDEX document_kind_owner_seq ON document (kind, owner, seq);
                CREATE TABLE document_sequence (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    value INTEGER NOT NULL CHECK (value >= 0)
                );
                INSERT INTO document_sequence (id, value) VALUES (1, 0);
                """)
    }

    /// Outbound messages not yet delivered; delivered ones are deleted. `id` is AUTOINCREMENT
    /// so ids grow in enqueue order and are never reused. `next_attempt_at` is NULL until the
    /// first failed attempt (due at once, whatever the worker's clock says); `lease_until` is
    /// set exactly while a worker holds the message. The partial index finds the head of each
    /// (channel, ordering_key) among live messages.
    private static func createOutbox(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE outbox (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    channel TEXT NOT NULL CHECK (channel <> ''),
                    destination TEXT NOT NULL,
                    ordering_key TEXT NOT NULL,
                    payload BLOB NOT NULL,
                    enqueued_at INTEGER NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
                    next_attempt_at INTEGER,
                    lease_until INTEGER,
                    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'dead')),
                    last_error TEXT,
                    CHECK ((state = 'in_flight') = (lease_until IS NOT NULL))
                );
                CREATE INDEX outbox_live_key ON outbox (channel, ordering_key, id) WHERE state <> 'dead';
                """)
    }
}
