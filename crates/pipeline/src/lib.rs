//! The fold: raw reports in, copy groups, events and incident records out.
//!
//! This crate only wires the pure stages together (clean → fingerprint → copies → facts →
//! events → record); it does no I/O either. Per-report work (cleaning, fingerprinting, facts)
//! runs in parallel with rayon; the order-dependent stages (copies, events) run in one
//! deterministic *processing order*: publication date (undated last), then report id.

use rayon::prelude::*;
use storyfold_copies::{CopyIndex, CopyParams, DocMeta, Fingerprint, fingerprint, text_hash};
use storyfold_events::{EventInput, EventParams, Join};
use storyfold_model::{CleanReport, CopyLink, Incident, RawReport, ReportFacts};

pub use storyfold_events::Event as EventGroup;

/// One report after the fold.
#[derive(Debug, Clone)]
pub struct FoldedReport {
    /// The cleaned report (its `id` is the raw report's). The raw text is not kept: the store
    /// holds it, and a second copy of every text would double the fold's memory.
    pub clean: CleanReport,
    pub facts: ReportFacts,
    pub copy: Option<CopyLink>,
    /// Index into [`Folded::events`].
    pub event: usize,
}

#[derive(Debug, Clone)]
pub struct FoldedEvent {
    pub id: String,
    /// Indexes into [`Folded::reports`], in processing order.
    pub members: Vec<usize>,
    pub joins: Vec<Join>,
    pub incident: Incident,
}

#[derive(Debug, Clone)]
pub struct Folded {
    /// In input order.
    pub reports: Vec<FoldedReport>,
    pub events: Vec<FoldedEvent>,
    /// Reports that lost part of their processing, each naming the report and what failed.
    pub warnings: Vec<String>,
}

/// What the fold reports of its progress, for a display (the CLI's progress bars). Stages are
/// announced in order with their number of items; `advance` may be called from several
/// threads at once.
pub trait Progress: Sync {
    fn stage(&self, name: &'static str, total: usize);
    fn advance(&self, done: usize);
}

/// No progress display.
pub struct Quiet;

impl Progress for Quiet {
    fn stage(&self, _: &'static str, _: usize) {}
    fn advance(&self, _: usize) {}
}

#[derive(Debug, Clone, Default)]
pub struct Params {
    pub copies: CopyParams,
    pub events: EventParams,
}

/// The processing-order key: publication date (undated last), then report id, then input
/// position (for equal ids). Ordering by id rather than arrival makes the result independent
/// of how the reports were split across runs.
fn order_key(
    date: Option<jiff::civil::Date>,
    id: &str,
    index: usize,
) -> (bool, Option<jiff::civil::Date>, &str, usize) {
    (date.is_none(), date, id, index)
}

/// Processing order: by publication date (undated reports last), then report id.
pub fn processing_order(cleaned: &[CleanReport]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..cleaned.len()).collect();
    order.sort_by(|&a, &b| {
        order_key(cleaned[a].published, &cleaned[a].id, a).cmp(&order_key(
            cleaned[b].published,
            &cleaned[b].id,
            b,
        ))
    });
    order
}

/// Cleans and fingerprints reports in parallel.
pub fn prepare(raw: &[RawReport]) -> Vec<(CleanReport, Fingerprint)> {
    prepare_with(raw, &Quiet)
}

fn prepare_with(raw: &[RawReport], progress: &dyn Progress) -> Vec<(CleanReport, Fingerprint)> {
    raw.par_iter()
        .map(|r| {
            progress.advance(1);
            let c = storyfold_clean::clean(r);
            let mut fp = fingerprint(&c.body());
            // Exact copies are copies of the whole text, boilerplate included; copies that
            // differ only in boilerplate are syndicated.
            fp.exact = text_hash(&r.text);
            (c, fp)
        })
        .collect()
}

fn doc_meta(c: &CleanReport) -> DocMeta {
    DocMeta {
        id: c.id.clone(),
        source: c.source.clone(),
        url: c.url.clone(),
        title: c.title.clone(),
    }
}

/// Time spent in each part of the copies stage.
#[derive(Debug, Clone, Copy, Default)]
pub struct CopyTimings {
    pub prepare: std::time::Duration,
    pub link: std::time::Duration,
}

/// Reports cleaned and fingerprinted at a time by the streaming copies stage.
const COPY_CHUNK: usize = 8192;

/// Runs only the copies stage: one link (or none) per report, in input order.
///
/// Streams in processing order, a chunk at a time: each chunk is cleaned and fingerprinted
/// in parallel, inserted into the index in order, and its cleaned text dropped, so memory is
/// the input plus the index (the fingerprints of all reports), not a second copy of the text.
pub fn copies_only(raw: &[RawReport], params: &CopyParams) -> (Vec<Option<CopyLink>>, CopyTimings) {
    let mut timings = CopyTimings::default();
    let dates: Vec<_> = raw.par_iter().map(storyfold_clean::published).collect();
    let mut order: Vec<usize> = (0..raw.len()).collect();
    order.sort_by(|&a, &b| {
        order_key(dates[a], &raw[a].id, a).cmp(&order_key(dates[b], &raw[b].id, b))
    });
    let mut links = vec![None; raw.len()];
    let mut index = CopyIndex::new(params.clone());
    for chunk in order.chunks(COPY_CHUNK) {
        let t0 = std::time::Instant::now();
        let prepared: Vec<(DocMeta, Fingerprint)> = chunk
            .par_iter()
            .map(|&i| {
                let c = storyfold_clean::clean(&raw[i]);
                let mut fp = fingerprint(&c.body());
                fp.exact = text_hash(&raw[i].text);
                (doc_meta(&c), fp)
            })
            .collect();
        let t1 = std::time::Instant::now();
        for (&i, (meta, fp)) in chunk.iter().zip(prepared) {
            links[i] = index.insert(meta, fp);
        }
        timings.prepare += t1 - t0;
        timings.link += t1.elapsed();
    }
    (links, timings)
}

/// The copies stage over prepared reports, in processing order; links in input order.
fn link_copies(
    cleaned: &[CleanReport],
    fps: Vec<Fingerprint>,
    params: &CopyParams,
    progress: &dyn Progress,
) -> Vec<Option<CopyLink>> {
    let mut links = vec![None; cleaned.len()];
    let mut index = CopyIndex::new(params.clone());
    let mut fps: Vec<Option<Fingerprint>> = fps.into_iter().map(Some).collect();
    for i in processing_order(cleaned) {
        progress.advance(1);
        links[i] = index.insert(
            doc_meta(&cleaned[i]),
            fps[i].take().expect("each report once"),
        );
    }
    links
}

/// Folds a batch of reports.
pub fn fold(raw: Vec<RawReport>, params: &Params) -> Folded {
    fold_with(raw, params, &Quiet)
}

/// Folds a batch of reports, reporting progress stage by stage.
pub fn fold_with(raw: Vec<RawReport>, params: &Params, progress: &dyn Progress) -> Folded {
    let n = raw.len();
    progress.stage("cleaning", n);
    let prepared = prepare_with(&raw, progress);
    drop(raw);
    let (cleaned, fps): (Vec<CleanReport>, Vec<Fingerprint>) = prepared.into_iter().unzip();
    let order = processing_order(&cleaned);
    progress.stage("copies", n);
    let links = link_copies(&cleaned, fps, &params.copies, progress);

    progress.stage("facts", n);
    let (facts, warnings): (Vec<ReportFacts>, Vec<Option<String>>) = cleaned
        .par_iter()
        .map(|c| {
            progress.advance(1);
            facts_or_empty(c)
        })
        .unzip();
    let warnings: Vec<String> = warnings.into_iter().flatten().collect();
    let mut facts = facts;
    apply_outlet_homes(&cleaned, &mut facts);

    // Events, in processing order.
    let pos_of_id: std::collections::HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(p, &i)| (cleaned[i].id.as_str(), p))
        .collect();
    progress.stage("words", n);
    let words = word_vectors(&cleaned, &order);
    progress.advance(n);
    let facts_ref: Vec<&ReportFacts> = facts.iter().collect();
    let copy_of = |i: usize| {
        links[i]
            .as_ref()
            .and_then(|l| pos_of_id.get(l.canonical.as_str()).copied())
    };
    let inputs = event_inputs(&cleaned, &facts_ref, &order, &copy_of);
    progress.stage("events", n);
    let groups =
        storyfold_events::group_with(&inputs, &words, &params.events, &|| progress.advance(1));
    drop(inputs);
    drop(words);

    let mut event_of = vec![0usize; n];
    progress.stage("records", groups.len());
    let events: Vec<FoldedEvent> = groups
        .into_iter()
        .enumerate()
        .map(|(e, g)| {
            progress.advance(1);
            let members: Vec<usize> = g.members.iter().map(|&p| order[p]).collect();
            for &m in &members {
                event_of[m] = e;
            }
            let record_members: Vec<storyfold_record::Member> = members
                .iter()
                .map(|&m| storyfold_record::Member {
                    id: &cleaned[m].id,
                    published: cleaned[m].published,
                    group: links[m]
                        .as_ref()
                        .map(|l| l.canonical.as_str())
                        .unwrap_or(&cleaned[m].id),
                    facts: &facts[m],
                })
                .collect();
            let incident = storyfold_record::merge(&record_members);
            FoldedEvent {
                id: g.id,
                members,
                joins: g.joins,
                incident,
            }
        })
        .collect();

    let reports = cleaned
        .into_iter()
        .zip(facts)
        .zip(links)
        .enumerate()
        .map(|(i, ((clean, facts), copy))| FoldedReport {
            clean,
            facts,
            copy,
            event: event_of[i],
        })
        .collect();
    Folded {
        reports,
        events,
        warnings,
    }
}

/// Second look at places: reports that name no firm place get their outlet's home, learned
/// from the outlet's other reports in the batch.
fn apply_outlet_homes(cleaned: &[CleanReport], facts: &mut [ReportFacts]) {
    let keys: Vec<Option<String>> = cleaned.iter().map(storyfold_facts::outlet_key).collect();
    let homes = storyfold_facts::place::learn_outlet_homes(
        keys.iter()
            .zip(facts.iter())
            .filter_map(|(k, f)| Some((k.as_deref()?, f.place.as_ref()?))),
    );
    let firm = |f: &ReportFacts| {
        f.place
            .as_ref()
            .is_some_and(|p| matches!(p.evidence.rule.as_str(), "dateline" | "city-state"))
    };
    facts
        .par_iter_mut()
        .zip(cleaned.par_iter())
        .zip(keys.par_iter())
        .for_each(|((f, c), k)| {
            if firm(f) {
                return;
            }
            if let Some(hint) = k.as_ref().and_then(|k| homes.get(k))
                && *hint != storyfold_facts::outlet_hint(c)
            {
                storyfold_facts::replace_place(c, f, hint);
            }
        });
}

/// The events stage's word vectors, in processing order; each body is rebuilt from the cleaned
/// paragraphs when asked for rather than kept as a second copy of the text.
fn word_vectors(cleaned: &[CleanReport], order: &[usize]) -> storyfold_events::TermVectors {
    storyfold_events::term_vectors(order.len(), |p| {
        let c = &cleaned[order[p]];
        (c.title.as_deref(), c.body())
    })
}

/// The events stage's view of the reports, in processing order (`order`).
fn event_inputs<'a>(
    cleaned: &'a [CleanReport],
    facts: &[&'a ReportFacts],
    order: &[usize],
    copy_of: &dyn Fn(usize) -> Option<usize>,
) -> Vec<EventInput<'a>> {
    order
        .iter()
        .map(|&i| EventInput {
            id: &cleaned[i].id,
            published: cleaned[i].published,
            facts: facts[i],
            copy_of: copy_of(i),
        })
        .collect()
}

/// Extracts facts; a bug in a rule (a panic) costs that report its facts, not the batch.
fn facts_or_empty(c: &CleanReport) -> (ReportFacts, Option<String>) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| storyfold_facts::extract(c))) {
        Ok(f) => (f, None),
        Err(_) => (
            ReportFacts::empty(&c.id),
            Some(format!(
                "{}: fact extraction failed (a bug: please report it); the report is kept without facts",
                c.id
            )),
        ),
    }
}

/// Why two reports are (or are not) in one event.
#[derive(Debug, Clone)]
pub struct Why {
    pub same_event: bool,
    /// The copy link between them, when one is a copy of the other (or both of one report).
    pub copy: Option<String>,
    /// The score the later report gets against an event made of the earlier one alone.
    pub score: f32,
    pub threshold: f32,
    pub reasons: Vec<String>,
}

/// Explains the relation of reports `a` and `b` (ids) in the fold of `raw`.
pub fn why(raw: Vec<RawReport>, a: &str, b: &str, params: &Params) -> Option<Why> {
    let folded = fold(raw, params);
    let pos = |id: &str| folded.reports.iter().position(|r| r.clean.id == id);
    let (ia, ib) = (pos(a)?, pos(b)?);
    let (ra, rb) = (&folded.reports[ia], &folded.reports[ib]);
    let canon = |r: &FoldedReport| {
        r.copy
            .as_ref()
            .map(|c| c.canonical.clone())
            .unwrap_or_else(|| r.clean.id.clone())
    };
    let copy = (canon(ra) == canon(rb)).then(|| {
        let link = rb
            .copy
            .as_ref()
            .or(ra.copy.as_ref())
            .expect("one of them is a copy");
        format!(
            "{} of {} (containment {:.2}, jaccard {:.2})",
            link.relation.as_str(),
            link.canonical,
            link.containment,
            link.jaccard
        )
    });
    // Score the later report (in processing order) against the earlier one.
    let cleaned: Vec<CleanReport> = folded.reports.iter().map(|r| r.clean.clone()).collect();
    let order = processing_order(&cleaned);
    let rank = |i: usize| order.iter().position(|&x| x == i).expect("in order");
    let (first, second) = if rank(ia) <= rank(ib) {
        (ia, ib)
    } else {
        (ib, ia)
    };
    let words = word_vectors(&cleaned, &order);
    let facts_ref: Vec<&ReportFacts> = folded.reports.iter().map(|r| &r.facts).collect();
    let inputs = event_inputs(&cleaned, &facts_ref, &order, &|_| None);
    let (score, reasons) =
        storyfold_events::explain(&inputs, &words, rank(first), rank(second), &params.events);
    Some(Why {
        same_event: ra.event == rb.event,
        copy,
        score,
        threshold: params.events.join_threshold,
        reasons,
    })
}
