//! Store: the SQLite database that holds reports and the results of the last fold.
//!
//! Layers: `reports` holds every raw report ever folded (the source of truth, keyed by id
//! with a content key); `report_results` and `events` hold what the last fold derived from
//! them and are rewritten whole, in one transaction, after each fold. So a fold interrupted
//! at any point leaves either the old results or the new ones, never a mix; and folding the
//! same inputs again changes nothing.
//!
//! Invariants: the schema is created and upgraded only by the numbered [`MIGRATIONS`]
//! (tracked in `PRAGMA user_version`); every JSON column holds a type from `storyfold-model`
//! at [`SCHEMA_VERSION`](storyfold_model::SCHEMA_VERSION).

use std::path::Path;

use rayon::prelude::*;
use rusqlite::{Connection, OptionalExtension, params};
use serde::{Deserialize, Serialize};
use storyfold_events::Join;
use storyfold_model::{CleanReport, Incident, RawReport, ReportFacts};
use storyfold_pipeline::Folded;

/// Schema migrations; entry `n` upgrades `user_version` `n` to `n + 1`.
pub const MIGRATIONS: &[&str] = &[
    r#"
CREATE TABLE reports (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    content_key TEXT NOT NULL,
    raw TEXT NOT NULL
);
CREATE TABLE report_results (
    id TEXT PRIMARY KEY REFERENCES reports(id),
    event_id TEXT NOT NULL,
    copy_of TEXT,
    relation TEXT,
    containment REAL,
    jaccard REAL,
    clean TEXT NOT NULL,
    facts TEXT NOT NULL
);
CREATE INDEX report_results_event ON report_results(event_id);
CREATE TABLE events (
    id TEXT PRIMARY KEY,
    ord INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    city TEXT,
    state TEXT,
    killed INTEGER,
    injured INTEGER,
    report_count INTEGER NOT NULL,
    members TEXT NOT NULL,
    joins TEXT NOT NULL,
    incident TEXT NOT NULL
);
"#,
    r#"
CREATE VIRTUAL TABLE report_text USING fts5(id UNINDEXED, title, body);
"#,
    // The fold generation: bumped by every fold in the transaction that writes its results,
    // so readers (the server's caches) can tell whether what they hold is current.
    r#"
CREATE TABLE fold_state (id INTEGER PRIMARY KEY CHECK (id = 1), generation INTEGER NOT NULL);
INSERT INTO fold_state (id, generation) VALUES (1, 0);
"#,
];

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database {path}: {source}")]
    Sqlite {
        path: String,
        source: rusqlite::Error,
    },
    #[error("database {path}: stored row {what} is not valid: {source}")]
    Corrupt {
        path: String,
        what: String,
        source: serde_json::Error,
    },
    #[error(
        "database {path} has schema version {found}, newer than this storyfold ({known}); upgrade storyfold"
    )]
    TooNew {
        path: String,
        found: i64,
        known: i64,
    },
    #[error(
        "database {path}: its reports changed while the fold read them (another process added some); nothing was written, fold again"
    )]
    Changed { path: String },
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    conn: Connection,
    path: String,
}

/// What adding a batch of reports did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct AddStats {
    pub added: usize,
    pub unchanged: usize,
    pub replaced: usize,
}

/// One event as listed by `storyfold events`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventRow {
    pub id: String,
    pub kind: String,
    pub date: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub killed: Option<u32>,
    pub injured: Option<u32>,
    pub reports: usize,
}

/// One full-text search hit.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SearchHit {
    pub report: String,
    pub event: String,
    pub title: Option<String>,
    /// Matching text with the hits in [brackets].
    pub snippet: String,
}

/// One report's stored results.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ReportRow {
    pub raw: RawReport,
    pub event_id: String,
    pub copy_of: Option<String>,
    pub relation: Option<String>,
    pub containment: Option<f32>,
    pub jaccard: Option<f32>,
    pub clean: CleanReport,
    pub facts: ReportFacts,
}

/// One event with its record, joins and member reports.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct EventDetail {
    pub row: EventRow,
    pub incident: Incident,
    pub joins: Vec<Join>,
    pub reports: Vec<ReportRow>,
}

/// Content key of a report: stable hash of everything the engine reads from it.
pub fn content_key(r: &RawReport) -> String {
    let json = serde_json::to_string(r).expect("raw report serialises");
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(json.as_bytes()))
}

impl Store {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<Store> {
        let p = path.display().to_string();
        let wrap = |source| StoreError::Sqlite {
            path: p.clone(),
            source,
        };
        let conn = Connection::open(path).map_err(wrap)?;
        let mut store = Store { conn, path: p };
        store.setup()?;
        Ok(store)
    }

    /// An in-memory store (tests, `--db :memory:`).
    pub fn in_memory() -> Result<Store> {
        let conn = Connection::open_in_memory().map_err(|source| StoreError::Sqlite {
            path: ":memory:".into(),
            source,
        })?;
        let mut store = Store {
            conn,
            path: ":memory:".into(),
        };
        store.setup()?;
        Ok(store)
    }

    fn sql(&self) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
        move |source| StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    fn setup(&mut self) -> Result<()> {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        self.conn
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(wrap)?;
        self.conn
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(wrap)?;
        self.conn
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(wrap)?;
        let version: i64 = self
            .conn
            .pragma_query_value(None, "user_version", |r| r.get(0))
            .map_err(wrap)?;
        let known = MIGRATIONS.len() as i64;
        if version > known {
            return Err(StoreError::TooNew {
                path,
                found: version,
                known,
            });
        }
        for (n, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
            let tx = self.conn.transaction().map_err(wrap)?;
            tx.execute_batch(sql).map_err(wrap)?;
            tx.pragma_update(None, "user_version", n as i64 + 1)
                .map_err(wrap)?;
            tx.commit().map_err(wrap)?;
        }
        Ok(())
    }

    /// Adds reports in one transaction: new ids are added, known ids with the same content
    /// are left alone, known ids with new content are replaced (a corrected re-crawl).
    pub fn add_reports(&mut self, reports: &[RawReport]) -> Result<AddStats> {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let mut stats = AddStats::default();
        let tx = self.conn.transaction().map_err(wrap)?;
        {
            let mut get = tx
                .prepare("SELECT content_key FROM reports WHERE id = ?1")
                .map_err(wrap)?;
            let mut insert = tx
                .prepare("INSERT INTO reports (id, content_key, raw) VALUES (?1, ?2, ?3)")
                .map_err(wrap)?;
            let mut update = tx
                .prepare("UPDATE reports SET content_key = ?2, raw = ?3 WHERE id = ?1")
                .map_err(wrap)?;
            for r in reports {
                let key = content_key(r);
                let raw = serde_json::to_string(r).expect("raw report serialises");
                let existing: Option<String> = get
                    .query_row([&r.id], |row| row.get(0))
                    .optional()
                    .map_err(wrap)?;
                match existing {
                    None => {
                        insert.execute(params![r.id, key, raw]).map_err(wrap)?;
                        stats.added += 1;
                    }
                    Some(k) if k == key => stats.unchanged += 1,
                    Some(_) => {
                        update.execute(params![r.id, key, raw]).map_err(wrap)?;
                        stats.replaced += 1;
                    }
                }
            }
        }
        tx.commit().map_err(wrap)?;
        Ok(stats)
    }

    /// Every stored report, in the order they were first added.
    pub fn all_reports(&self) -> Result<Vec<RawReport>> {
        let rows = self.json_rows("SELECT id, raw FROM reports ORDER BY seq", "reports")?;
        Ok(rows.into_iter().map(|(_, r)| r).collect())
    }

    /// Every folded report's stored cleaning and facts, in the order the reports were first
    /// added (what `storyfold why` reads instead of cleaning and reading every report again).
    pub fn all_results(&self) -> Result<Vec<(CleanReport, ReportFacts)>> {
        let mut stmt = self
            .conn
            .prepare("SELECT x.id, x.clean, x.facts FROM reports r JOIN report_results x ON x.id = r.id ORDER BY r.seq")
            .map_err(self.sql())?;
        let rows = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })
            .map_err(self.sql())?;
        let mut out = Vec::new();
        for row in rows {
            let (id, clean, facts) = row.map_err(self.sql())?;
            out.push((
                self.parse(&format!("report_results/{id}/clean"), &clean)?,
                self.parse(&format!("report_results/{id}/facts"), &facts)?,
            ));
        }
        Ok(out)
    }

    /// Runs `sql` (selecting an id and a JSON column) and parses each JSON value; a row that
    /// does not parse is named in the error as `what/ID`.
    fn json_rows<T: for<'de> Deserialize<'de>>(
        &self,
        sql: &str,
        what: &str,
    ) -> Result<Vec<(String, T)>> {
        let mut stmt = self.conn.prepare(sql).map_err(self.sql())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))
            .map_err(self.sql())?;
        let mut out = Vec::new();
        for row in rows {
            let (id, json) = row.map_err(self.sql())?;
            let value = self.parse(&format!("{what}/{id}"), &json)?;
            out.push((id, value));
        }
        Ok(out)
    }

    pub fn report_count(&self) -> Result<usize> {
        count_reports(&self.conn).map_err(self.sql())
    }

    fn parse<T: for<'de> Deserialize<'de>>(&self, what: &str, json: &str) -> Result<T> {
        serde_json::from_str(json).map_err(|source| StoreError::Corrupt {
            path: self.path.clone(),
            what: what.into(),
            source,
        })
    }

    /// Folds every stored report and replaces all derived results with the fold's, in one
    /// transaction: readers see the old results until the new ones are complete, and a fold
    /// interrupted at any point leaves the old ones.
    ///
    /// The fold reads the stored reports three times, a chunk at a time, from one snapshot
    /// (twice to fold, once to write the cleaned texts), so memory holds no report's text
    /// beyond the chunk at hand. A fold that another process's write overtakes fails with
    /// an error and changes nothing; run it again.
    pub fn fold(
        &mut self,
        params: &storyfold_pipeline::Params,
        progress: &dyn storyfold_pipeline::Progress,
    ) -> Result<Folded> {
        let path = self.path.clone();
        let wrap = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let tx = self.conn.transaction().map_err(wrap)?;
        let source = StoredReports {
            conn: &tx,
            path: &path,
            count: count_reports(&tx).map_err(wrap)?,
        };
        let folded = storyfold_pipeline::fold_source(&source, params, progress)?;
        progress.stage("writing", folded.reports.len());
        write_results(&tx, &source, &folded, progress)?;
        tx.commit().map_err(wrap)?;
        Ok(folded)
    }

    fn event_row(r: &rusqlite::Row) -> rusqlite::Result<EventRow> {
        Ok(EventRow {
            id: r.get(0)?,
            kind: r.get(1)?,
            date: r.get(2)?,
            city: r.get(3)?,
            state: r.get(4)?,
            killed: r.get(5)?,
            injured: r.get(6)?,
            reports: r.get::<_, i64>(7)? as usize,
        })
    }

    /// Events, in fold order.
    pub fn events(&self) -> Result<Vec<EventRow>> {
        let mut stmt = self
            .conn
            .prepare("SELECT id, kind, date, city, state, killed, injured, report_count FROM events ORDER BY ord")
            .map_err(self.sql())?;
        let rows = stmt.query_map([], Self::event_row).map_err(self.sql())?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.sql())
    }

    /// Full-text search over report titles and bodies (SQLite FTS5 query syntax; plain words
    /// are ANDed). Returns (report id, event id, title, snippet), best first.
    pub fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>> {
        // Each word becomes a quoted FTS term of its letters and digits only: user input is
        // never FTS syntax, and control characters (a NUL) never reach the FTS parser.
        let q: Vec<String> = query
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .collect::<String>()
            })
            .filter(|w| !w.is_empty())
            .map(|w| format!("\"{w}\""))
            .collect();
        if q.is_empty() {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare(
                "SELECT t.id, x.event_id, t.title, snippet(report_text, 2, '[', ']', ' … ', 12) FROM report_text t \
                 JOIN report_results x ON x.id = t.id WHERE report_text MATCH ?1 ORDER BY rank LIMIT ?2",
            )
            .map_err(self.sql())?;
        let rows = stmt
            .query_map(params![q.join(" "), limit as i64], |r| {
                Ok(SearchHit {
                    report: r.get(0)?,
                    event: r.get(1)?,
                    title: r.get(2)?,
                    snippet: r.get(3)?,
                })
            })
            .map_err(self.sql())?;
        rows.collect::<rusqlite::Result<Vec<_>>>()
            .map_err(self.sql())
    }

    /// Every event's incident record, in fold order.
    pub fn incidents(&self) -> Result<Vec<(String, Incident)>> {
        self.json_rows("SELECT id, incident FROM events ORDER BY ord", "events")
    }

    /// One event with everything stored about it; `None` if there is no such event.
    pub fn event(&self, id: &str) -> Result<Option<EventDetail>> {
        let found = self
            .conn
            .query_row(
                "SELECT id, kind, date, city, state, killed, injured, report_count, members, joins, incident FROM events WHERE id = ?1",
                [id],
                |r| Ok((Self::event_row(r)?, r.get::<_, String>(8)?, r.get::<_, String>(9)?, r.get::<_, String>(10)?)),
            )
            .optional()
            .map_err(self.sql())?;
        let Some((row, members, joins, incident)) = found else {
            return Ok(None);
        };
        let members: Vec<String> = self.parse(&format!("events/{id}/members"), &members)?;
        let mut reports = Vec::new();
        for m in &members {
            if let Some(r) = self.report(m)? {
                reports.push(r);
            }
        }
        Ok(Some(EventDetail {
            row,
            incident: self.parse(&format!("events/{id}/incident"), &incident)?,
            joins: self.parse(&format!("events/{id}/joins"), &joins)?,
            reports,
        }))
    }

    /// The fold generation: changes whenever a fold rewrites the results (in any process).
    pub fn generation(&self) -> Result<i64> {
        self.conn
            .query_row("SELECT generation FROM fold_state WHERE id = 1", [], |r| {
                r.get(0)
            })
            .map_err(self.sql())
    }

    /// One report with its stored results; `None` if unknown.
    pub fn report(&self, id: &str) -> Result<Option<ReportRow>> {
        let found = self
            .conn
            .query_row(
                "SELECT r.raw, x.event_id, x.copy_of, x.relation, x.containment, x.jaccard, x.clean, x.facts FROM reports r JOIN report_results x ON x.id = r.id WHERE r.id = ?1",
                [id],
                |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        r.get::<_, String>(1)?,
                        r.get::<_, Option<String>>(2)?,
                        r.get::<_, Option<String>>(3)?,
                        r.get::<_, Option<f32>>(4)?,
                        r.get::<_, Option<f32>>(5)?,
                        r.get::<_, String>(6)?,
                        r.get::<_, String>(7)?,
                    ))
                },
            )
            .optional()
            .map_err(self.sql())?;
        let Some((raw, event_id, copy_of, relation, containment, jaccard, clean, facts)) = found
        else {
            return Ok(None);
        };
        Ok(Some(ReportRow {
            raw: self.parse(&format!("reports/{id}"), &raw)?,
            event_id,
            copy_of,
            relation,
            containment,
            jaccard,
            clean: self.parse(&format!("report_results/{id}/clean"), &clean)?,
            facts: self.parse(&format!("report_results/{id}/facts"), &facts)?,
        }))
    }
}

fn count_reports(conn: &Connection) -> rusqlite::Result<usize> {
    conn.query_row("SELECT COUNT(*) FROM reports", [], |r| r.get::<_, i64>(0))
        .map(|n| n as usize)
}

/// Stored reports read by a fold.
const READ_CHUNK: usize = 1024;

/// The stored reports as the fold's [`Source`](storyfold_pipeline::Source): read in `seq`
/// order a chunk at a time, inside the fold's transaction (one snapshot for every pass).
struct StoredReports<'c> {
    conn: &'c Connection,
    path: &'c str,
    count: usize,
}

impl StoredReports<'_> {
    /// Calls `each` with the stored reports a chunk at a time, in `seq` order; stops at the
    /// first error `each` returns.
    fn read(&self, each: &mut dyn FnMut(&[RawReport]) -> Result<()>) -> Result<()> {
        let wrap = |source| StoreError::Sqlite {
            path: self.path.to_string(),
            source,
        };
        let mut stmt = self
            .conn
            .prepare("SELECT seq, id, raw FROM reports WHERE seq > ?1 ORDER BY seq LIMIT ?2")
            .map_err(wrap)?;
        let mut last: i64 = i64::MIN;
        loop {
            let rows: Vec<(i64, String, String)> = stmt
                .query_map(params![last, READ_CHUNK as i64], |r| {
                    Ok((r.get(0)?, r.get(1)?, r.get(2)?))
                })
                .map_err(wrap)?
                .collect::<rusqlite::Result<_>>()
                .map_err(wrap)?;
            let Some(&(seq, _, _)) = rows.last() else {
                return Ok(());
            };
            last = seq;
            let chunk: Vec<RawReport> = rows
                .par_iter()
                .map(|(_, id, json)| {
                    serde_json::from_str(json).map_err(|source| StoreError::Corrupt {
                        path: self.path.to_string(),
                        what: format!("reports/{id}"),
                        source,
                    })
                })
                .collect::<Result<_>>()?;
            drop(rows);
            each(&chunk)?;
        }
    }
}

impl storyfold_pipeline::Source for StoredReports<'_> {
    type Error = StoreError;

    fn count(&self) -> usize {
        self.count
    }

    fn pass(&self, each: &mut dyn FnMut(&[RawReport])) -> Result<()> {
        self.read(&mut |chunk| {
            each(chunk);
            Ok(())
        })
    }
}

/// Replaces all derived results with those of `folded` inside `tx`; the cleaned texts are
/// made again from the stored reports, a chunk at a time.
fn write_results(
    tx: &Connection,
    source: &StoredReports,
    folded: &Folded,
    progress: &dyn storyfold_pipeline::Progress,
) -> Result<()> {
    let path = source.path.to_string();
    let wrap = |source| StoreError::Sqlite {
        path: path.clone(),
        source,
    };
    tx.execute_batch(
        "DELETE FROM report_results; DELETE FROM events; DELETE FROM report_text; UPDATE fold_state SET generation = generation + 1;",
    )
    .map_err(|e| {
        // SQLITE_BUSY_SNAPSHOT: another connection wrote after this fold's snapshot was taken.
        if e.sqlite_error().is_some_and(|f| f.extended_code == 517) {
            StoreError::Changed { path: path.clone() }
        } else {
            wrap(e)
        }
    })?;
    let mut ins = tx
        .prepare("INSERT INTO report_results (id, event_id, copy_of, relation, containment, jaccard, clean, facts) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)")
        .map_err(wrap)?;
    let mut text = tx
        .prepare("INSERT INTO report_text (id, title, body) VALUES (?1, ?2, ?3)")
        .map_err(wrap)?;
    // This pass reads the reports in the order the fold read them, so the n-th report read is
    // `folded.reports[n]`; a report that is not is a store that changed under the fold.
    let mut next = 0;
    source.read(&mut |chunk| {
        let Some(expected) = folded.reports.get(next..next + chunk.len()) else {
            return Err(StoreError::Changed { path: path.clone() });
        };
        next += chunk.len();
        // Cleaning and serialising in parallel; the inserts in order.
        let rows: Vec<(String, String, Option<String>, String)> = chunk
            .par_iter()
            .zip(expected)
            .map(|(raw, r)| {
                let c = storyfold_clean::clean(raw);
                (
                    serde_json::to_string(&c).expect("serialises"),
                    serde_json::to_string(&r.facts).expect("serialises"),
                    c.title.clone(),
                    c.body(),
                )
            })
            .collect();
        for ((raw, r), (clean, facts, title, body)) in chunk.iter().zip(expected).zip(rows) {
            if raw.id != r.meta.id {
                return Err(StoreError::Changed { path: path.clone() });
            }
            let ev = &folded.events[r.event];
            ins.execute(params![
                r.meta.id,
                ev.id,
                r.copy.as_ref().map(|c| c.canonical.clone()),
                r.copy.as_ref().map(|c| c.relation.as_str()),
                r.copy.as_ref().map(|c| c.containment),
                r.copy.as_ref().map(|c| c.jaccard),
                clean,
                facts,
            ])
            .map_err(wrap)?;
            text.execute(params![r.meta.id, title, body])
                .map_err(wrap)?;
            progress.advance(1);
        }
        Ok(())
    })?;
    if next != folded.reports.len() {
        return Err(StoreError::Changed { path });
    }
    let mut ins = tx
        .prepare("INSERT INTO events (id, ord, kind, date, city, state, killed, injured, report_count, members, joins, incident) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
        .map_err(wrap)?;
    for (ord, e) in folded.events.iter().enumerate() {
        let ids: Vec<&str> = e
            .members
            .iter()
            .map(|&m| folded.reports[m].meta.id.as_str())
            .collect();
        let inc = &folded.incident(ord);
        ins.execute(params![
            e.id,
            ord as i64,
            inc.kind.as_str(),
            inc.date.value,
            inc.place.city,
            inc.place.state,
            inc.killed.value,
            inc.injured.value,
            e.members.len() as i64,
            serde_json::to_string(&ids).expect("serialises"),
            serde_json::to_string(&e.joins).expect("serialises"),
            serde_json::to_string(inc).expect("serialises"),
        ])
        .map_err(wrap)?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(id: &str, text: &str) -> RawReport {
        RawReport {
            id: id.into(),
            source: None,
            title: None,
            published: Some("2025-01-02".into()),
            url: None,
            author: None,
            text: text.into(),
        }
    }

    #[test]
    fn add_is_idempotent_and_replaces_changed_content() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let mut s = Store::open(&path).unwrap();
        let a = s.add_reports(&[raw("a", "one"), raw("b", "two")]).unwrap();
        assert_eq!(
            a,
            AddStats {
                added: 2,
                unchanged: 0,
                replaced: 0
            }
        );
        drop(s);
        let mut s = Store::open(&path).unwrap();
        let b = s
            .add_reports(&[raw("a", "one"), raw("b", "two, corrected")])
            .unwrap();
        assert_eq!(
            b,
            AddStats {
                added: 0,
                unchanged: 1,
                replaced: 1
            }
        );
        let all = s.all_reports().unwrap();
        assert_eq!(
            all.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(),
            vec!["one", "two, corrected"]
        );
    }

    /// Adds a report through a second connection when the fold reaches `at`.
    struct WriteDuring {
        path: std::path::PathBuf,
        at: &'static str,
    }

    impl storyfold_pipeline::Progress for WriteDuring {
        fn stage(&self, name: &'static str, _: usize) {
            if name == self.at {
                let mut other = Store::open(&self.path).unwrap();
                other
                    .add_reports(&[raw("late", "A shed burned in Ada on Friday.")])
                    .unwrap();
            }
        }
        fn advance(&self, _: usize) {}
    }

    #[test]
    fn a_fold_overtaken_by_another_write_fails_and_keeps_the_old_results() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        let mut s = Store::open(&path).unwrap();
        s.add_reports(&[raw(
            "a",
            "A man was shot on Elm Street in Dayton, Ohio, on Monday.",
        )])
        .unwrap();
        s.fold(&Default::default(), &storyfold_pipeline::Quiet)
            .unwrap();
        let ids =
            |s: &Store| -> Vec<String> { s.events().unwrap().into_iter().map(|e| e.id).collect() };
        let before = ids(&s);
        s.add_reports(&[raw("b", "A barn burned in Lima, Ohio, on Sunday.")])
            .unwrap();
        let during = WriteDuring {
            path: path.clone(),
            at: "facts",
        };
        let err = s.fold(&Default::default(), &during).unwrap_err();
        assert!(
            err.to_string().contains("changed while the fold read them"),
            "{err}"
        );
        assert_eq!(ids(&s), before, "the old results are kept");
        assert_eq!(s.generation().unwrap(), 1);
        // The next fold sees all three reports.
        let folded = s
            .fold(&Default::default(), &storyfold_pipeline::Quiet)
            .unwrap();
        assert_eq!(folded.reports.len(), 3);
        assert_eq!(s.generation().unwrap(), 2);
    }

    #[test]
    fn results_round_trip() {
        let mut s = Store::in_memory().unwrap();
        let reports = vec![raw(
            "a",
            "A man was shot on Elm Street in Dayton, Ohio, on Monday, police said.",
        )];
        s.add_reports(&reports).unwrap();
        assert_eq!(s.generation().unwrap(), 0);
        s.fold(&Default::default(), &storyfold_pipeline::Quiet)
            .unwrap();
        assert_eq!(s.generation().unwrap(), 1, "each fold bumps the generation");
        let events = s.events().unwrap();
        assert_eq!(events.len(), 1);
        let d = s.event(&events[0].id).unwrap().unwrap();
        assert_eq!(d.reports.len(), 1);
        assert_eq!(d.incident.place.city.as_deref(), Some("Dayton"));
        assert!(s.event("nope").unwrap().is_none());
    }

    #[test]
    fn full_text_search() {
        let mut s = Store::in_memory().unwrap();
        s.add_reports(&[
            raw(
                "a",
                "A man was shot on Elm Street in Dayton, Ohio, on Monday.",
            ),
            raw("b", "A barn burned in Lima."),
        ])
        .unwrap();
        s.fold(&Default::default(), &storyfold_pipeline::Quiet)
            .unwrap();
        let hits = s.search("elm street", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(hits[0].report, "a");
        assert!(hits[0].snippet.contains("[Elm]"), "{}", hits[0].snippet);
        // FTS syntax in user input is taken literally, not as a query.
        assert!(s.search("\"unbalanced OR", 10).is_ok());
        assert!(s.search("nul\u{0}byte \u{12}", 10).is_ok());
    }

    #[test]
    fn newer_schema_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s.db");
        Connection::open(&path)
            .unwrap()
            .pragma_update(None, "user_version", 99)
            .unwrap();
        let err = Store::open(&path).err().unwrap();
        assert!(err.to_string().contains("newer"), "{err}");
    }
}
