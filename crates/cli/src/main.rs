//! The `storyfold` binary: a thin layer of commands over the library crates.
//! stdout carries data only; progress and diagnostics go to stderr.
//! Exit codes: 0 ok, 1 error, 2 usage.

use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use indicatif::{MultiProgress, ProgressBar, ProgressDrawTarget, ProgressStyle};
use rustc_hash::FxHashSet;
use storyfold_model::RawReport;
use storyfold_store::Store;

mod contract;
mod export;
mod show;

#[derive(Parser)]
#[command(
    name = "storyfold",
    version,
    about = "Fold news reports into one incident record per real-world event"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args, Clone)]
struct DbArg {
    /// The database file (created if missing); `:memory:` keeps nothing.
    #[arg(long, default_value = "storyfold.db")]
    db: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Read reports from files and directories, fold them into the store, print the events.
    Fold {
        /// Files (.txt, .jsonl, optionally .gz) or directories (read recursively).
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        db: DbArg,
        /// Print JSON Lines as specified in docs/OUTPUT.md (schema 1).
        #[arg(long)]
        json: bool,
        /// Never draw progress bars.
        #[arg(long)]
        no_progress: bool,
        /// Score a report needs to join an existing event (see docs/EVENTS.md).
        #[arg(long, default_value_t = storyfold_events::EventParams::default().join_threshold)]
        join_threshold: f32,
        /// Weight of the word similarity in the event score.
        #[arg(long, default_value_t = storyfold_events::EventParams::default().cosine_weight)]
        cosine_weight: f32,
        /// Score two events need to be merged after the online pass.
        #[arg(long, default_value_t = storyfold_events::EventParams::default().merge_threshold)]
        merge_threshold: f32,
        /// Score added when neither side has identifying facts (words are all there is).
        #[arg(long, default_value_t = storyfold_events::EventParams::default().words_only_bonus)]
        words_only_bonus: f32,
    },
    /// List the events in the store.
    Events {
        #[command(flatten)]
        db: DbArg,
        #[arg(long)]
        json: bool,
    },
    /// Show one event: its incident record, the sources of every fact, its reports and why
    /// each joined.
    Show {
        event_id: String,
        #[command(flatten)]
        db: DbArg,
        #[arg(long)]
        json: bool,
    },
    /// Count incidents (never reports), people killed and injured, and participants, with
    /// filters and grouping: e.g. officers shot per state in 2024:
    /// `storyfold count --by state --title officer --role victim --from 2024-01-01 --to 2024-12-31`.
    Count {
        #[command(flatten)]
        db: DbArg,
        /// Group by one or more of: state, city, year, month, kind, role, status, title
        /// (comma-separated, e.g. `state,year`).
        #[arg(long, value_delimiter = ',', value_parser = ["none", "state", "city", "year", "month", "kind", "role", "status", "title"])]
        by: Vec<String>,
        #[command(flatten)]
        filter: CountFilter,
        /// JSON Lines, one row per group.
        #[arg(long, conflicts_with = "csv")]
        json: bool,
        /// CSV with a header row.
        #[arg(long)]
        csv: bool,
    },
    /// Serve the store: a JSON API under /api/v1 and web pages where each fact links to its
    /// sources. Binds 127.0.0.1 by default; writes (POST /api/v1/reports) need the token.
    Serve {
        #[command(flatten)]
        db: DbArg,
        #[arg(long, default_value = "127.0.0.1:8080")]
        bind: String,
        /// Bearer token for writes; without one the server is read-only.
        #[arg(long, env = "STORYFOLD_TOKEN", hide_env_values = true)]
        token: Option<String>,
    },
    /// Export the stored events (one row per incident, tracker-style columns) or reports.
    Export {
        #[command(flatten)]
        db: DbArg,
        /// jsonl, csv or parquet (parquet needs --output and a build with `--features parquet`).
        #[arg(long, default_value = "jsonl", value_parser = ["jsonl", "csv", "parquet"])]
        format: String,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "PATH")]
        output: Option<PathBuf>,
        /// What to export: events or reports.
        #[arg(long, default_value = "events", value_parser = ["events", "reports"])]
        what: String,
    },
    /// Say why two stored reports are, or are not, in one event.
    Why {
        report_a: String,
        report_b: String,
        #[command(flatten)]
        db: DbArg,
    },
    /// Only find copies (exact, syndicated, excerpt, update) in the inputs; stores nothing.
    Copies {
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Print JSON Lines: one object per copy group, then a summary.
        #[arg(long)]
        json: bool,
        /// Write the reports that are not copies (canonical or unique) to this JSONL file.
        #[arg(long, value_name = "OUT.jsonl")]
        keep_canonical: Option<PathBuf>,
        /// Share of the smaller body that must be found in the other to call them copies.
        #[arg(long, default_value_t = storyfold_copies::CopyParams::default().min_containment)]
        min_containment: f32,
        /// Print the time each stage took to stderr.
        #[arg(long)]
        timings: bool,
        /// Match the reports one at a time, as a stream would arrive (same result, no
        /// parallelism); with --timings, print the per-report latency percentiles.
        #[arg(long)]
        one_at_a_time: bool,
    },
}

/// The filters of `storyfold count`, as flags; they become a `count::Filter`.
#[derive(clap::Args)]
struct CountFilter {
    #[arg(long)]
    kind: Option<String>,
    #[arg(long)]
    state: Option<String>,
    #[arg(long)]
    city: Option<String>,
    /// First incident date (YYYY-MM-DD, inclusive).
    #[arg(long)]
    from: Option<String>,
    /// Last incident date (YYYY-MM-DD or a prefix such as 2024, inclusive).
    #[arg(long)]
    to: Option<String>,
    /// Only participants with this role (victim, suspect, official, witness, other).
    #[arg(long)]
    role: Option<String>,
    /// Only participants with this status (killed, injured, unharmed, arrested).
    #[arg(long)]
    status: Option<String>,
    /// Only participants whose title contains this text ("officer").
    #[arg(long)]
    title: Option<String>,
}

impl From<CountFilter> for storyfold_record::count::Filter {
    fn from(f: CountFilter) -> Self {
        let CountFilter {
            kind,
            state,
            city,
            from,
            to,
            role,
            status,
            title,
        } = f;
        storyfold_record::count::Filter {
            kind,
            state,
            city,
            from,
            to,
            role,
            status,
            title,
        }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("storyfold: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn open_store(db: &DbArg) -> Result<Store> {
    if db.db.as_os_str() == ":memory:" {
        return Ok(Store::in_memory()?);
    }
    Ok(Store::open(&db.db)?)
}

/// The fold's stages as progress bars on stderr, one line per stage with its count, rate and
/// time; a finished stage's line stays. Hidden when stderr is not a terminal or with
/// `--no-progress`.
struct StageBars {
    multi: MultiProgress,
    current: std::sync::Mutex<Option<ProgressBar>>,
    /// When `STORYFOLD_STAGE_LOG` is set: when each stage started and the memory in use then
    /// (for the scale benchmarks; the bars are not drawn off a terminal).
    log: Option<Instant>,
}

/// Resident and peak resident memory of this process in MiB, where the system tells it
/// (Linux's `/proc/self/status`).
fn memory_mib() -> Option<(u64, u64)> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let field = |name: &str| {
        status
            .lines()
            .find_map(|l| l.strip_prefix(name))
            .and_then(|v| v.split_whitespace().next()?.parse::<u64>().ok())
            .map(|kb| kb / 1024)
    };
    Some((field("VmRSS:")?, field("VmHWM:")?))
}

impl StageBars {
    fn new(enabled: bool) -> StageBars {
        let target = if enabled && std::io::stderr().is_terminal() {
            ProgressDrawTarget::stderr()
        } else {
            ProgressDrawTarget::hidden()
        };
        StageBars {
            multi: MultiProgress::with_draw_target(target),
            current: std::sync::Mutex::new(None),
            log: std::env::var_os("STORYFOLD_STAGE_LOG").map(|_| Instant::now()),
        }
    }

    fn start(&self, name: &'static str, total: usize) {
        self.log_stage(name);
        let mut current = self.current.lock().expect("progress lock");
        if let Some(pb) = current.take() {
            pb.finish();
        }
        let pb = self.multi.add(ProgressBar::new(total as u64));
        pb.set_style(
            ProgressStyle::with_template(
                "{prefix:>9} [{bar:30}] {human_pos}/{human_len} {per_sec:0} {elapsed}",
            )
            .expect("template"),
        );
        pb.set_prefix(name);
        *current = Some(pb);
    }

    fn log_stage(&self, name: &str) {
        if let Some(t0) = self.log {
            let (rss, peak) = memory_mib().unwrap_or_default();
            eprintln!(
                "storyfold: stage {name} at {:.1}s, rss {rss} MiB, peak so far {peak} MiB",
                t0.elapsed().as_secs_f64()
            );
        }
    }

    fn finish(&self) {
        self.log_stage("done");
        if let Some(pb) = self.current.lock().expect("progress lock").take() {
            pb.finish();
        }
    }
}

impl storyfold_pipeline::Progress for StageBars {
    fn stage(&self, name: &'static str, total: usize) {
        self.start(name, total);
    }

    fn advance(&self, done: usize) {
        if let Some(pb) = self.current.lock().expect("progress lock").as_ref() {
            pb.inc(done as u64);
        }
    }
}

fn progress(enabled: bool, msg: &str) -> ProgressBar {
    let pb = if enabled && std::io::stderr().is_terminal() {
        ProgressBar::new_spinner()
    } else {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
    };
    pb.set_style(
        ProgressStyle::with_template("{spinner} {msg} {pos} [{elapsed}] {per_sec}")
            .expect("template"),
    );
    pb.set_message(msg.to_string());
    pb
}

/// Reports handed on at a time while reading: the store writes each batch in one
/// transaction, so reading a million reports never holds them all.
const INGEST_BATCH: usize = 10_000;

/// What reading the inputs gave: the ids read, in order, and the inputs skipped.
struct ReadSummary {
    ids: Vec<String>,
    skipped: usize,
}

/// Reads all inputs, handing reports on in batches of [`INGEST_BATCH`]; unreadable inputs are
/// printed and counted, never fatal. An error from `on_batch` stops the handing on and is
/// returned once reading is over.
fn read_inputs_batched(
    inputs: &[PathBuf],
    show_progress: bool,
    on_batch: &mut dyn FnMut(Vec<RawReport>) -> Result<()>,
) -> Result<ReadSummary> {
    let (files, errors) = storyfold_ingest::discover(inputs);
    let mut skipped = 0;
    for e in &errors {
        eprintln!("storyfold: skipped {e}");
        skipped += 1;
    }
    let pb = progress(show_progress, "reading reports");
    let mut batch = Vec::new();
    let mut ids = Vec::new();
    let mut failure: Option<anyhow::Error> = None;
    let mut seen: FxHashSet<String> = FxHashSet::default();
    let skipped = std::cell::Cell::new(skipped);
    for f in &files {
        if failure.is_some() {
            break;
        }
        storyfold_ingest::read_file(
            f,
            &mut |r| {
                if failure.is_some() {
                    return;
                }
                if seen.insert(r.id.clone()) {
                    ids.push(r.id.clone());
                    batch.push(r);
                    pb.inc(1);
                    if batch.len() >= INGEST_BATCH
                        && let Err(e) = on_batch(std::mem::take(&mut batch))
                    {
                        failure = Some(e);
                    }
                } else {
                    eprintln!(
                        "storyfold: skipped {}: duplicate report id {:?} (first one kept)",
                        f.path.display(),
                        r.id
                    );
                    skipped.set(skipped.get() + 1);
                }
            },
            &mut |e| {
                eprintln!("storyfold: skipped {e}");
                skipped.set(skipped.get() + 1);
            },
        );
    }
    pb.finish_and_clear();
    if let Some(e) = failure {
        return Err(e);
    }
    if !batch.is_empty() {
        on_batch(batch)?;
    }
    Ok(ReadSummary {
        ids,
        skipped: skipped.get(),
    })
}

/// Reads all inputs into memory (for `copies`, which stores nothing).
fn read_inputs(inputs: &[PathBuf], show_progress: bool) -> (Vec<RawReport>, usize) {
    let mut reports = Vec::new();
    let read = read_inputs_batched(inputs, show_progress, &mut |batch| {
        reports.extend(batch);
        Ok(())
    })
    .expect("collecting never fails");
    (reports, read.skipped)
}

fn run(cli: Cli) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    match cli.command {
        Command::Fold {
            inputs,
            db,
            json,
            no_progress,
            join_threshold,
            cosine_weight,
            words_only_bonus,
            merge_threshold,
        } => {
            let started = Instant::now();
            // Reports go to the store a batch at a time as they are read; the store is opened
            // (and created) only once there is something to add.
            let mut store: Option<Store> = None;
            let mut stats = storyfold_store::AddStats::default();
            let read = read_inputs_batched(&inputs, !no_progress, &mut |batch| {
                let s = match &mut store {
                    Some(s) => s,
                    None => store.insert(open_store(&db)?),
                };
                let added = s.add_reports(&batch)?;
                stats.added += added.added;
                stats.unchanged += added.unchanged;
                stats.replaced += added.replaced;
                Ok(())
            })?;
            let skipped = read.skipped;
            if read.ids.is_empty() && skipped > 0 {
                anyhow::bail!(
                    "no report could be read from the inputs ({skipped} skipped, named above); the store is unchanged"
                );
            }
            let mut store = match store {
                Some(s) => s,
                None => open_store(&db)?,
            };
            let bars = StageBars::new(!no_progress);
            let params = storyfold_pipeline::Params {
                events: storyfold_events::EventParams {
                    join_threshold,
                    cosine_weight,
                    words_only_bonus,
                    merge_threshold,
                    ..Default::default()
                },
                ..Default::default()
            };
            let folded = store.fold(&params, &bars)?;
            for w in &folded.warnings {
                eprintln!("storyfold: warning: {w}");
            }
            bars.finish();
            let run_ids: Vec<&str> = read.ids.iter().map(String::as_str).collect();
            if json {
                contract::write_fold_json(&mut out, &folded, &run_ids, skipped)?;
            } else {
                show::fold_summary(&mut out, &folded, stats, skipped)?;
            }
            out.flush()?;
            eprintln!(
                "storyfold: {} reports read ({} new, {} unchanged, {} replaced), {} skipped, {} events in store, {:.2}s",
                read.ids.len(),
                stats.added,
                stats.unchanged,
                stats.replaced,
                skipped,
                folded.events.len(),
                started.elapsed().as_secs_f64()
            );
        }
        Command::Events { db, json } => {
            let store = open_store(&db)?;
            let events = store.events()?;
            for e in &events {
                if json {
                    serde_json::to_writer(&mut out, e)?;
                    writeln!(out)?;
                } else {
                    writeln!(out, "{}", show::event_line(e))?;
                }
            }
            out.flush()?;
        }
        Command::Show { event_id, db, json } => {
            let store = open_store(&db)?;
            let detail = store.event(&event_id)?.with_context(|| {
                format!(
                    "no event {event_id:?} in {} (list them with `storyfold events`)",
                    db.db.display()
                )
            })?;
            if json {
                serde_json::to_writer_pretty(&mut out, &detail)?;
                writeln!(out)?;
            } else {
                show::event_detail(&mut out, &detail)?;
            }
            out.flush()?;
        }
        Command::Serve { db, bind, token } => {
            // Create the store (and its schema) before serving, so the first request finds it.
            open_store(&db)?;
            storyfold_server::run(db.db.clone(), &bind, token)
                .with_context(|| format!("cannot serve on {bind}"))?;
        }
        Command::Export {
            db,
            format,
            output,
            what,
        } => {
            let store = open_store(&db)?;
            match (&output, format.as_str()) {
                (_, "parquet") => {
                    export::write(&mut out, output.as_deref(), &store, &what, &format)?
                }
                (Some(path), _) => {
                    let file = std::fs::File::create(path)
                        .with_context(|| format!("cannot create {}", path.display()))?;
                    let mut w = BufWriter::new(file);
                    export::write(&mut w, None, &store, &what, &format)?;
                    w.flush()
                        .with_context(|| format!("cannot write {}", path.display()))?;
                }
                (None, _) => export::write(&mut out, None, &store, &what, &format)?,
            }
            out.flush()?;
        }
        Command::Count {
            db,
            by,
            filter,
            json,
            csv,
        } => {
            use storyfold_record::count::{GroupBy, count};
            let store = open_store(&db)?;
            let incidents: Vec<_> = store.incidents()?.into_iter().map(|(_, inc)| inc).collect();
            let by: Vec<GroupBy> = by
                .iter()
                .map(|b| GroupBy::parse(b).expect("clap checked the value"))
                .filter(|g| *g != GroupBy::None)
                .collect();
            let rows = count(&incidents, &by, &filter.into());
            if json {
                for r in &rows {
                    serde_json::to_writer(&mut out, r)?;
                    writeln!(out)?;
                }
            } else if csv {
                let mut w = ::csv::Writer::from_writer(&mut out);
                for r in &rows {
                    w.serialize(r)?;
                }
                w.flush()?;
            } else {
                writeln!(
                    out,
                    "{:<32} {:>9} {:>7} {:>8} {:>12}",
                    "group", "incidents", "killed", "injured", "participants"
                )?;
                for r in &rows {
                    writeln!(
                        out,
                        "{:<32} {:>9} {:>7} {:>8} {:>12}",
                        r.key, r.incidents, r.killed, r.injured, r.participants
                    )?;
                }
            }
            out.flush()?;
        }
        Command::Why {
            report_a,
            report_b,
            db,
        } => {
            let store = open_store(&db)?;
            if report_a == report_b {
                anyhow::bail!("give two different reports (both are {report_a:?})");
            }
            let mut rows = Vec::new();
            for id in [&report_a, &report_b] {
                match store.report(id)? {
                    Some(row) => rows.push(row),
                    None => {
                        anyhow::bail!("no report {id:?} in {} (fold it first)", db.db.display())
                    }
                }
            }
            let (ra, rb) = (&rows[0], &rows[1]);
            let stored = store.all_results()?;
            let why =
                storyfold_pipeline::why_stored(stored, &report_a, &report_b, &Default::default())
                    .context("reports vanished from the store while reading it")?;
            let same_event = ra.event_id == rb.event_id;
            writeln!(
                out,
                "{report_a} and {report_b}: {}",
                if same_event {
                    "one event"
                } else {
                    "different events"
                }
            )?;
            // The copy link as the store has it: one is the other's copy, or both are copies
            // of one report.
            let canonical = |r: &storyfold_store::ReportRow| {
                r.copy_of.clone().unwrap_or_else(|| r.raw.id.clone())
            };
            if canonical(ra) == canonical(rb) {
                let link = if rb.copy_of.is_some() { rb } else { ra };
                writeln!(
                    out,
                    "  copies: {} of {} (containment {:.2}, jaccard {:.2})",
                    link.relation.as_deref().unwrap_or("copy"),
                    canonical(link),
                    link.containment.unwrap_or_default(),
                    link.jaccard.unwrap_or_default()
                )?;
            }
            let x = &why.explained;
            let (earlier, later) = (&why.earlier, &why.later);
            writeln!(out, "  {later} came after {earlier}; when {later} arrived:")?;
            if x.roundup {
                writeln!(
                    out,
                    "    {earlier}'s event was a round-up's own, which reports join only on a shared name"
                )?;
            }
            if !x.candidate {
                writeln!(
                    out,
                    "    {earlier}'s event was not among its candidates (no name, street, rare word, city and week, or state and day in common)"
                )?;
            }
            writeln!(
                out,
                "    its score against {earlier}'s event: {:.2} (joins at {:.2})",
                x.at_arrival.0, why.threshold
            )?;
            for r in &x.at_arrival.1 {
                writeln!(out, "      {r}")?;
            }
            let did = match (x.join.how.as_str(), x.joined_a) {
                ("copy", _) => format!("joined as a copy ({})", x.join.reasons.join("; ")),
                (_, true) => format!("joined {earlier}'s event (score {:.2})", x.join.score),
                ("match", false) => format!(
                    "joined another event, which scored higher ({:.2})",
                    x.join.score
                ),
                _ if x.join.reasons.is_empty() => "started an event of its own".to_string(),
                _ => format!(
                    "started an event of its own ({})",
                    x.join.reasons.join("; ")
                ),
            };
            writeln!(out, "    it {did}")?;
            if same_event && !x.joined_a {
                writeln!(
                    out,
                    "  the merge pass after the online pass put the two in one event"
                )?;
            }
            writeln!(out, "  its score against {earlier} alone: {:.2}", x.alone.0)?;
            for r in &x.alone.1 {
                writeln!(out, "    {r}")?;
            }
            out.flush()?;
        }
        Command::Copies {
            inputs,
            json,
            keep_canonical,
            min_containment,
            timings,
            one_at_a_time,
        } => {
            let started = Instant::now();
            let (reports, skipped) = read_inputs(&inputs, true);
            let read = started.elapsed();
            let params = storyfold_copies::CopyParams {
                min_containment,
                ..Default::default()
            };
            let links = if one_at_a_time {
                let (links, mut lat) = storyfold_pipeline::copies_one_at_a_time(&reports, &params);
                if timings && !lat.is_empty() {
                    lat.sort_unstable();
                    let at = |q: f64| {
                        let i = ((lat.len() as f64 * q).ceil() as usize).clamp(1, lat.len());
                        lat[i - 1].as_secs_f64() * 1e6
                    };
                    eprintln!(
                        "storyfold: latency per report (clean + fingerprint + match + insert, one at a time, {} reports): p50 {:.0} µs, p90 {:.0} µs, p99 {:.0} µs, max {:.0} µs",
                        lat.len(),
                        at(0.5),
                        at(0.9),
                        at(0.99),
                        at(1.0)
                    );
                }
                links
            } else {
                let (links, stage) = storyfold_pipeline::copies_only(&reports, &params);
                if timings {
                    eprintln!(
                        "storyfold: timings: read {:.3}s, clean+fingerprint {:.3}s, index+verify {:.3}s",
                        read.as_secs_f64(),
                        stage.prepare.as_secs_f64(),
                        stage.link.as_secs_f64()
                    );
                }
                links
            };
            contract::write_copies(&mut out, &reports, &links, skipped, json)?;
            if let Some(path) = keep_canonical {
                let file = std::fs::File::create(&path)
                    .with_context(|| format!("cannot create {}", path.display()))?;
                let mut w = BufWriter::new(file);
                for (r, l) in reports.iter().zip(&links) {
                    if l.is_none() {
                        serde_json::to_writer(&mut w, r)?;
                        writeln!(w)?;
                    }
                }
                w.flush()
                    .with_context(|| format!("cannot write {}", path.display()))?;
            }
            out.flush()?;
            eprintln!(
                "storyfold: {} reports, {} copies, {} skipped, {:.2}s",
                reports.len(),
                links.iter().filter(|l| l.is_some()).count(),
                skipped,
                started.elapsed().as_secs_f64()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
