//! The fold: raw reports in, copy groups, events and incident records out.
//!
//! This crate only wires the pure stages together (clean → fingerprint → copies → facts →
//! events → record); it does no I/O either. Per-report work (cleaning, fingerprinting, facts)
//! runs in parallel with rayon; the order-dependent stages (copies, events) run in one
//! deterministic *processing order*: publication date (undated last), then report id.

use jiff::civil::Date;
use rayon::prelude::*;
use storyfold_copies::{
    CopyIndex, CopyParams, DocMeta, Fingerprint, Prepared, furniture_group, page_furniture,
    report_fingerprint,
};
use storyfold_events::{DocFreqs, EventInput, EventParams, Join, TermCounts, Vector};
use storyfold_model::{CleanReport, CopyLink, Incident, PlaceFact, RawReport, ReportFacts};

pub use storyfold_events::Event as EventGroup;

/// What the fold keeps of a report once its text is cleaned and dropped: its identity and
/// headers.
#[derive(Debug, Clone, PartialEq)]
pub struct ReportMeta {
    pub id: String,
    pub source: Option<String>,
    pub title: Option<String>,
    pub url: Option<String>,
    pub published: Option<Date>,
}

impl ReportMeta {
    pub fn of(c: &CleanReport) -> ReportMeta {
        ReportMeta {
            id: c.id.clone(),
            source: c.source.clone(),
            title: c.title.clone(),
            url: c.url.clone(),
            published: c.published,
        }
    }
}

/// One report after the fold. Neither its raw nor its cleaned text is kept: the store holds
/// the raw text, and cleaning is deterministic, so whoever needs the cleaned text cleans the
/// report again ([`storyfold_clean::clean`]) rather than the fold holding a copy of every text.
#[derive(Debug, Clone)]
pub struct FoldedReport {
    pub meta: ReportMeta,
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
}

#[derive(Debug, Clone)]
pub struct Folded {
    /// In input order.
    pub reports: Vec<FoldedReport>,
    pub events: Vec<FoldedEvent>,
    /// Reports that lost part of their processing, each naming the report and what failed.
    pub warnings: Vec<String>,
}

impl Folded {
    /// The incident record of event `e`, merged from its members' facts. Made when asked
    /// for rather than held for every event: a fold of a million reports would hold
    /// hundreds of thousands of records at once, and writers need one at a time.
    pub fn incident(&self, e: usize) -> Incident {
        let members: Vec<storyfold_record::Member> = self.events[e]
            .members
            .iter()
            .map(|&m| {
                let r = &self.reports[m];
                storyfold_record::Member {
                    id: &r.meta.id,
                    published: r.meta.published,
                    group: r
                        .copy
                        .as_ref()
                        .map(|l| l.canonical.as_str())
                        .unwrap_or(&r.meta.id),
                    update: r
                        .copy
                        .as_ref()
                        .is_some_and(|l| l.relation == storyfold_model::Relation::Update),
                    facts: &r.facts,
                }
            })
            .collect();
        storyfold_record::merge(&members)
    }
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
pub fn processing_order(metas: &[ReportMeta]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..metas.len()).collect();
    order.sort_by(|&a, &b| {
        order_key(metas[a].published, &metas[a].id, a).cmp(&order_key(
            metas[b].published,
            &metas[b].id,
            b,
        ))
    });
    order
}

/// Where a fold reads its reports. The fold reads them more than once (cleaning a report
/// again costs less than holding every cleaned text), so every pass must yield the same
/// reports in the same order: a store reads them from one snapshot.
pub trait Source {
    type Error;
    /// How many reports a pass yields.
    fn count(&self) -> usize;
    /// Calls `each` with consecutive chunks of the reports, in the same order on every call.
    fn pass(&self, each: &mut dyn FnMut(&[RawReport])) -> Result<(), Self::Error>;
}

/// Reports a fold reads at a time from memory.
const CHUNK: usize = 4096;

impl Source for [RawReport] {
    type Error = std::convert::Infallible;

    fn count(&self) -> usize {
        self.len()
    }

    fn pass(&self, each: &mut dyn FnMut(&[RawReport])) -> Result<(), Self::Error> {
        self.chunks(CHUNK).for_each(each);
        Ok(())
    }
}

impl From<ReportMeta> for DocMeta {
    fn from(m: ReportMeta) -> DocMeta {
        DocMeta {
            id: m.id,
            source: m.source,
            url: m.url,
            title: m.title,
        }
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

/// Processing order of raw reports (their publication dates read without cleaning them).
fn raw_processing_order(raw: &[RawReport]) -> Vec<usize> {
    let dates: Vec<_> = raw.par_iter().map(storyfold_clean::published).collect();
    let mut order: Vec<usize> = (0..raw.len()).collect();
    order.sort_by(|&a, &b| {
        order_key(dates[a], &raw[a].id, a).cmp(&order_key(dates[b], &raw[b].id, b))
    });
    order
}

/// Runs only the copies stage: one link (or none) per report, in input order.
///
/// Streams in processing order, a chunk at a time: each chunk is cleaned and fingerprinted
/// in parallel, inserted into the index in order, and its cleaned text dropped, so memory is
/// the input plus the index (the fingerprints of all reports), not a second copy of the text.
pub fn copies_only(raw: &[RawReport], params: &CopyParams) -> (Vec<Option<CopyLink>>, CopyTimings) {
    let mut timings = CopyTimings::default();
    let order = raw_processing_order(raw);
    let mut links = vec![None; raw.len()];
    let mut index = CopyIndex::new(params.clone());
    let prepare = |chunk: &[usize]| -> Vec<(DocMeta, Prepared)> {
        chunk
            .par_iter()
            .map(|&i| {
                let (meta, fp) = copy_fingerprint(&raw[i]);
                (meta, params.prepare(fp))
            })
            .collect()
    };
    // A pipeline of two: while one chunk is inserted in order (one thread), the next is
    // cleaned and fingerprinted (the other threads, and this one when the insert is done).
    let mut pending: Option<PreparedChunk> = None;
    let mut insert = |pending: Option<PreparedChunk>| {
        let t0 = std::time::Instant::now();
        if let Some((chunk, prepared)) = pending {
            for (&i, (meta, fp)) in chunk.iter().zip(prepared) {
                links[i] = index.insert_prepared(meta, fp);
            }
        }
        t0.elapsed()
    };
    for chunk in order.chunks(COPY_CHUNK) {
        let ((prepared, prepare_time), link_time) = rayon::join(
            || {
                let t0 = std::time::Instant::now();
                (prepare(chunk), t0.elapsed())
            },
            || insert(pending.take()),
        );
        timings.prepare += prepare_time;
        timings.link += link_time;
        pending = Some((chunk, prepared));
    }
    timings.link += insert(pending.take());
    (links, timings)
}

/// A chunk of report indexes and their prepared fingerprints, in the same order.
type PreparedChunk<'a> = (&'a [usize], Vec<(DocMeta, Prepared)>);

/// What the copies stage needs of one raw report: its headers and its fingerprint (whose
/// exact hash covers the boilerplate too: copies that differ only in boilerplate are
/// syndicated, not exact).
fn copy_fingerprint(raw: &RawReport) -> (DocMeta, Fingerprint) {
    let c = storyfold_clean::clean(raw);
    let fp = report_fingerprint(&c);
    (ReportMeta::of(&c).into(), fp)
}

/// The copies stage as a stream of single reports: each report, in processing order, is
/// cleaned, fingerprinted and matched against everything before it on its own, as a service
/// that receives reports one at a time would do. Same links as [`copies_only`]; also returns
/// each report's latency (clean + fingerprint + match + insert), in processing order.
pub fn copies_one_at_a_time(
    raw: &[RawReport],
    params: &CopyParams,
) -> (Vec<Option<CopyLink>>, Vec<std::time::Duration>) {
    let order = raw_processing_order(raw);
    let mut links = vec![None; raw.len()];
    let mut latencies = Vec::with_capacity(raw.len());
    let mut index = CopyIndex::new(params.clone());
    for i in order {
        let t0 = std::time::Instant::now();
        let (meta, fp) = copy_fingerprint(&raw[i]);
        links[i] = index.insert(meta, fp);
        latencies.push(t0.elapsed());
    }
    (links, latencies)
}

/// The copies stage over fingerprinted reports, in processing order; links in input order,
/// and which reports share only page furniture with their canonical report
/// ([`page_furniture`]; both sides are marked: neither text tells the story its headline
/// names).
fn link_copies(
    metas: &[ReportMeta],
    fps: Vec<Prepared>,
    order: &[usize],
    params: &CopyParams,
    progress: &dyn Progress,
) -> (Vec<Option<CopyLink>>, Vec<bool>) {
    let mut links = vec![None; metas.len()];
    let mut furniture = vec![false; metas.len()];
    let mut index = CopyIndex::new(params.clone());
    let sizes: Vec<usize> = fps.iter().map(Prepared::len).collect();
    let mut fps: Vec<Option<Prepared>> = fps.into_iter().map(Some).collect();
    // Members of each copy group, by canonical report (input index), canonical first.
    let mut groups: std::collections::HashMap<usize, Vec<usize>> = std::collections::HashMap::new();
    for (pos, &i) in order.iter().enumerate() {
        progress.advance(1);
        links[i] = index.insert_prepared(
            metas[i].clone().into(),
            fps[i].take().expect("each report once"),
        );
        if links[i].is_some() {
            let c = order[index.canonical_of(pos)];
            let side = |r: usize| (sizes[r], metas[r].title.as_deref());
            if page_furniture(side(i), side(c)) {
                furniture[i] = true;
                furniture[c] = true;
            }
            groups.entry(c).or_insert_with(|| vec![c]).push(i);
        }
    }
    // A text copied under several unrelated headlines for months is page furniture however
    // long it is: every member's event is its headline's own.
    for members in groups.values() {
        let titles: Vec<Option<&str>> =
            members.iter().map(|&m| metas[m].title.as_deref()).collect();
        let dates = members.iter().filter_map(|&m| metas[m].published);
        let span = dates
            .clone()
            .min()
            .zip(dates.max())
            .map(|(first, last)| (last - first).get_days());
        if furniture_group(&titles, span) {
            for &m in members {
                furniture[m] = true;
            }
        }
    }
    (links, furniture)
}

/// Folds a batch of reports.
pub fn fold(raw: Vec<RawReport>, params: &Params) -> Folded {
    fold_with(raw, params, &Quiet)
}

/// Folds a batch of reports, reporting progress stage by stage.
pub fn fold_with(raw: Vec<RawReport>, params: &Params, progress: &dyn Progress) -> Folded {
    match fold_source(raw.as_slice(), params, progress) {
        Ok(folded) => folded,
        Err(never) => match never {},
    }
}

/// What the first pass keeps of one report.
struct Digest {
    meta: ReportMeta,
    fp: Prepared,
    place: Option<PlaceFact>,
    outlet: Option<String>,
    counts: TermCounts,
}

/// Folds the reports of `source` in bounded memory: per report, the fold holds its headers,
/// its fingerprint (until the copies stage is done), its facts and its word vector, never its
/// text.
///
/// Pass 1 cleans each report and keeps its fingerprint, its place (to learn each outlet's
/// home town) and the batch's term document frequencies; the copies stage links the reports
/// in processing order; pass 2 cleans each report again, reads its facts (with the outlet's
/// home where the report names no firm place) and makes its word vector; then events and
/// records.
///
/// # Panics
/// When a pass of `source` does not yield [`Source::count`] reports (a source that changed
/// between passes breaks the contract of [`Source`]).
pub fn fold_source<S: Source + ?Sized>(
    source: &S,
    params: &Params,
    progress: &dyn Progress,
) -> Result<Folded, S::Error> {
    let parts = fold_parts(source, params, progress)?;
    Ok(finish(parts, params, progress))
}

/// What the events stage reads: every report with its facts and copy link, the processing
/// order, which copy links are page furniture, the word vectors (in processing order), and
/// the warnings so far.
struct Parts {
    reports: Vec<FoldedReport>,
    order: Vec<usize>,
    furniture: Vec<bool>,
    words: storyfold_events::TermVectors,
    warnings: Vec<String>,
}

/// [`fold_source`] up to the events stage.
fn fold_parts<S: Source + ?Sized>(
    source: &S,
    params: &Params,
    progress: &dyn Progress,
) -> Result<Parts, S::Error> {
    let n = source.count();
    progress.stage("cleaning", n);
    let mut metas: Vec<ReportMeta> = Vec::with_capacity(n);
    let mut fps: Vec<Prepared> = Vec::with_capacity(n);
    let mut places: Vec<Option<PlaceFact>> = Vec::with_capacity(n);
    let mut outlets: Vec<Option<String>> = Vec::with_capacity(n);
    let mut df = DocFreqs::default();
    source.pass(&mut |chunk| {
        let digests: Vec<Digest> = chunk
            .par_iter()
            .map(|r| {
                let c = storyfold_clean::clean(r);
                let body = c.body();
                let fp = report_fingerprint(&c);
                let counts = storyfold_events::term_counts(c.title.as_deref(), &body);
                progress.advance(1);
                Digest {
                    meta: ReportMeta::of(&c),
                    fp: params.copies.prepare(fp),
                    // A rule that fails here fails again when pass 2 reads every fact, which
                    // names the report in a warning.
                    place: std::panic::catch_unwind(|| storyfold_facts::place(&c))
                        .ok()
                        .flatten(),
                    outlet: storyfold_facts::outlet_key(&c),
                    counts,
                }
            })
            .collect();
        let chunk_df = digests
            .par_iter()
            .fold(DocFreqs::default, |mut df, d| {
                df.add(&d.counts);
                df
            })
            .reduce(DocFreqs::default, DocFreqs::merge);
        df = std::mem::take(&mut df).merge(chunk_df);
        for d in digests {
            metas.push(d.meta);
            fps.push(d.fp);
            places.push(d.place);
            outlets.push(d.outlet);
        }
    })?;
    assert_eq!(
        metas.len(),
        n,
        "the source yielded another number of reports than it said"
    );

    let order = processing_order(&metas);
    progress.stage("copies", n);
    let (links, furniture) = link_copies(&metas, fps, &order, &params.copies, progress);

    // Outlet homes, learned from every report's place: a report that names no firm place
    // gets its outlet's home.
    let vocabulary = std::mem::take(&mut df).freeze();
    let homes = storyfold_facts::place::learn_outlet_homes(
        outlets
            .iter()
            .zip(places.iter())
            .filter_map(|(k, p)| Some((k.as_deref()?, p.as_ref()?))),
    );
    drop(outlets);
    drop(places);
    progress.stage("facts", n);
    // The fold's reports are made here, in input order, and never rebuilt: a million
    // reports' facts are gigabytes, and a second copy of the vector would double them.
    let mut reports: Vec<FoldedReport> = Vec::with_capacity(n);
    let mut metas = metas.into_iter();
    let mut links = links.into_iter();
    let mut vectors: Vec<Vector> = Vec::with_capacity(n);
    let mut warnings: Vec<String> = Vec::new();
    source.pass(&mut |chunk| {
        assert!(
            reports.len() + chunk.len() <= n,
            "the source yielded more reports on its second pass"
        );
        let start = reports.len();
        let made: Vec<(ReportFacts, Option<String>, Vector)> = chunk
            .par_iter()
            .enumerate()
            .map(|(k, r)| {
                let c = storyfold_clean::clean(r);
                let (mut f, warning) = facts_or_empty(&c);
                if !firm_place(&f) {
                    // The report's own hint is read only for an outlet with a learned home.
                    let hint = storyfold_facts::outlet_key(&c)
                        .and_then(|k| homes.get(&k))
                        // A home only one report of the outlet gave (a Milwaukee station's
                        // other briefs) is lent only to reports that name no place at all.
                        .filter(|h| !h.from_one_report || f.place.is_none())
                        .map(|h| (&h.hint, storyfold_facts::outlet_hint(&c)));
                    if let Some((learned, own)) = hint
                        && let hint = learned.or_city_of(&own)
                        && hint != own
                    {
                        storyfold_facts::replace_place(&c, &mut f, &hint);
                        f.share_text();
                    }
                }
                progress.advance(1);
                // Page furniture says nothing of the story: its headline alone does.
                let body = if furniture[start + k] {
                    String::new()
                } else {
                    c.body()
                };
                let v =
                    vocabulary.vector(&storyfold_events::term_counts(c.title.as_deref(), &body));
                (f, warning, v)
            })
            .collect();
        for (f, warning, v) in made {
            reports.push(FoldedReport {
                meta: metas.next().expect("counted"),
                facts: f,
                copy: links.next().expect("counted"),
                event: usize::MAX,
            });
            warnings.extend(warning);
            vectors.push(v);
        }
    })?;
    assert_eq!(
        reports.len(),
        n,
        "the source yielded fewer reports on its second pass"
    );
    drop(metas);
    drop(links);
    drop(homes);
    // The events stage reads the vectors in processing order.
    let mut by_input: Vec<Option<Vector>> = vectors.into_iter().map(Some).collect();
    let vectors: Vec<Vector> = order
        .iter()
        .map(|&i| by_input[i].take().expect("each report once"))
        .collect();
    drop(by_input);
    let words = vocabulary.into_vectors(vectors);
    Ok(Parts {
        reports,
        order,
        furniture,
        words,
        warnings,
    })
}

/// A place read from a dateline or a "City, State" phrase: the outlet's home does not
/// override it.
fn firm_place(f: &ReportFacts) -> bool {
    f.place
        .as_ref()
        .is_some_and(|p| matches!(&*p.evidence.rule, "dateline" | "city-state"))
}

/// Events, once every report has its facts, copy link and word vector.
fn finish(parts: Parts, params: &Params, progress: &dyn Progress) -> Folded {
    let Parts {
        mut reports,
        order,
        furniture,
        words,
        warnings,
    } = parts;
    let n = reports.len();
    // Events, in processing order.
    let copy_of = copy_positions(&reports, &order, &furniture);
    let inputs = event_inputs(&reports, &order, &copy_of);
    progress.stage("events", n);
    let groups =
        storyfold_events::group_with(&inputs, words, &params.events, &|| progress.advance(1));
    drop(inputs);

    let events: Vec<FoldedEvent> = groups
        .into_iter()
        .enumerate()
        .map(|(e, g)| {
            let members: Vec<usize> = g.members.iter().map(|&p| order[p]).collect();
            for &m in &members {
                reports[m].event = e;
            }
            FoldedEvent {
                id: g.id,
                members,
                joins: g.joins,
            }
        })
        .collect();
    debug_assert!(reports.iter().all(|r| r.event != usize::MAX));
    Folded {
        reports,
        events,
        warnings,
    }
}

/// For each report (input order), the position in processing order of the canonical report
/// whose event it joins as a copy. A copy joins its canonical report's event unless what they
/// share is page furniture, which tells nothing of the story (the copy link stays: the texts
/// are copies; the events are the headlines' own).
fn copy_positions(
    reports: &[FoldedReport],
    order: &[usize],
    furniture: &[bool],
) -> Vec<Option<usize>> {
    let pos_of_id: std::collections::HashMap<&str, usize> = order
        .iter()
        .enumerate()
        .map(|(p, &i)| (reports[i].meta.id.as_str(), p))
        .collect();
    reports
        .iter()
        .zip(furniture)
        .map(|(r, &furniture)| {
            r.copy
                .as_ref()
                .filter(|_| !furniture)
                .and_then(|l| pos_of_id.get(l.canonical.as_str()).copied())
        })
        .collect()
}

/// The events stage's view of the reports, in processing order (`order`).
fn event_inputs<'a>(
    reports: &'a [FoldedReport],
    order: &[usize],
    copy_of: &[Option<usize>],
) -> Vec<EventInput<'a>> {
    order
        .iter()
        .map(|&i| EventInput {
            id: &reports[i].meta.id,
            published: reports[i].meta.published,
            source: reports[i].meta.source.as_deref(),
            facts: &reports[i].facts,
            copy_of: copy_of[i],
        })
        .collect()
}

/// Extracts facts; a bug in a rule (a panic) costs that report its facts, not the batch.
fn facts_or_empty(c: &CleanReport) -> (ReportFacts, Option<String>) {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| storyfold_facts::extract(c))) {
        Ok(mut f) => {
            f.share_text();
            (f, None)
        }
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
    /// The two reports' ids in processing order.
    pub earlier: String,
    pub later: String,
    pub threshold: f32,
    /// The later report against the earlier one's event, as the fold scored it, and against
    /// the earlier report alone.
    pub explained: storyfold_events::Explained,
}

/// Explains the relation of reports `a` and `b` (ids, not the same) in the fold of `raw`:
/// the stages before the events stage are run again, and the online pass replayed up to the
/// later report, which is scored against the earlier one's event as the fold scored it.
/// Where the two ended (one event, a copy link) is the store's to say: the fold is not
/// finished here (that would cost as much again).
pub fn why(raw: Vec<RawReport>, a: &str, b: &str, params: &Params) -> Option<Why> {
    let parts = match fold_parts(raw.as_slice(), params, &Quiet) {
        Ok(parts) => parts,
        Err(never) => match never {},
    };
    why_in(parts, a, b, params)
}

/// [`why`] from a fold's stored results: each report's cleaning and facts as the fold made
/// them (outlet homes lent), so nothing is cleaned or read again; the copy links, page
/// furniture and word vectors are computed again from the cleaned texts, as the fold did.
pub fn why_stored(
    stored: Vec<(CleanReport, ReportFacts)>,
    a: &str,
    b: &str,
    params: &Params,
) -> Option<Why> {
    why_in(stored_parts(stored, params), a, b, params)
}

/// [`fold_parts`] over reports already cleaned and read. As in the fold, a report's term
/// counts are made twice (for the document frequencies, then for its vector) rather than
/// held for every report at once.
fn stored_parts(stored: Vec<(CleanReport, ReportFacts)>, params: &Params) -> Parts {
    let (metas, fps): (Vec<ReportMeta>, Vec<Prepared>) = stored
        .par_iter()
        .map(|(c, _)| {
            (
                ReportMeta::of(c),
                params.copies.prepare(report_fingerprint(c)),
            )
        })
        .unzip();
    let vocabulary = stored
        .par_iter()
        .fold(DocFreqs::default, |mut df, (c, _)| {
            df.add(&storyfold_events::term_counts(
                c.title.as_deref(),
                &c.body(),
            ));
            df
        })
        .reduce(DocFreqs::default, DocFreqs::merge)
        .freeze();
    let order = processing_order(&metas);
    let (links, furniture) = link_copies(&metas, fps, &order, &params.copies, &Quiet);
    // Page furniture says nothing of the story: its headline alone does (as in the fold).
    let vectors: Vec<Vector> = order
        .par_iter()
        .map(|&i| {
            let c = &stored[i].0;
            let body = if furniture[i] {
                String::new()
            } else {
                c.body()
            };
            vocabulary.vector(&storyfold_events::term_counts(c.title.as_deref(), &body))
        })
        .collect();
    let reports = stored
        .into_iter()
        .zip(metas)
        .zip(links)
        .map(|(((_, facts), meta), copy)| FoldedReport {
            meta,
            facts,
            copy,
            event: usize::MAX,
        })
        .collect();
    Parts {
        reports,
        order,
        furniture,
        words: vocabulary.into_vectors(vectors),
        warnings: Vec::new(),
    }
}

fn why_in(parts: Parts, a: &str, b: &str, params: &Params) -> Option<Why> {
    let pos = |id: &str| parts.reports.iter().position(|r| r.meta.id == id);
    let (ia, ib) = (pos(a)?, pos(b)?);
    let rank = |i: usize| parts.order.iter().position(|&x| x == i).expect("in order");
    let (first, second) = if rank(ia) <= rank(ib) {
        (ia, ib)
    } else {
        (ib, ia)
    };
    if first == second {
        return None;
    }
    let copy_of = copy_positions(&parts.reports, &parts.order, &parts.furniture);
    let inputs = event_inputs(&parts.reports, &parts.order, &copy_of);
    let explained = storyfold_events::explain(
        &inputs,
        parts.words,
        rank(first),
        rank(second),
        &params.events,
    );
    Some(Why {
        earlier: parts.reports[first].meta.id.clone(),
        later: parts.reports[second].meta.id.clone(),
        threshold: params.events.join_threshold,
        explained,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A source that hands out its reports two at a time.
    struct Pairs(Vec<RawReport>);

    impl Source for Pairs {
        type Error = std::convert::Infallible;

        fn count(&self) -> usize {
            self.0.len()
        }

        fn pass(&self, each: &mut dyn FnMut(&[RawReport])) -> Result<(), Self::Error> {
            self.0.chunks(2).for_each(each);
            Ok(())
        }
    }

    fn report(id: &str, source: &str, text: &str) -> RawReport {
        RawReport {
            id: id.into(),
            source: Some(source.into()),
            published: Some("2025-03-04".into()),
            title: None,
            url: None,
            author: None,
            text: text.into(),
        }
    }

    /// A shooting, its syndicated copy and a follow-up; a barn fire and a report of it.
    fn five_reports() -> Vec<RawReport> {
        let shot = "A 31-year-old man was shot on Birch Lane in Dayton, Ohio, on Monday night, police said. \
                    Officers found Ned Quill wounded near the corner. He was taken to a hospital.";
        vec![
            report("a", "Dayton Herald", shot),
            report(
                "b",
                "Valley Wire",
                &format!("By Staff\n\n{shot}\n\nCopyright Valley Wire"),
            ),
            report(
                "c",
                "Dayton Herald",
                "Ned Quill, who was shot on Birch Lane on Monday, has died, police said.",
            ),
            report(
                "d",
                "Dayton Herald",
                "A barn fire on Route 9 was put out by volunteers on Sunday.",
            ),
            report(
                "e",
                "Valley Wire",
                "Firefighters said the Route 9 barn was a loss.",
            ),
        ]
    }

    #[test]
    fn why_from_stored_results_is_why_from_the_texts() {
        let raw = five_reports();
        let folded = fold(raw.clone(), &Params::default());
        let stored: Vec<(CleanReport, ReportFacts)> = raw
            .iter()
            .zip(&folded.reports)
            .map(|(r, f)| (storyfold_clean::clean(r), f.facts.clone()))
            .collect();
        let ids = ["a", "b", "c", "d", "e"];
        for a in ids {
            for b in ids.iter().filter(|&&b| b != a) {
                let p = Params::default();
                let from_texts = why(raw.clone(), a, b, &p).expect("both stored");
                let from_store = why_stored(stored.clone(), a, b, &p).expect("both stored");
                assert_eq!(
                    format!("{from_texts:?}"),
                    format!("{from_store:?}"),
                    "{a} {b}"
                );
            }
        }
    }

    #[test]
    fn the_fold_does_not_depend_on_how_the_source_is_chunked() {
        let raw = five_reports();
        let whole = fold(raw.clone(), &Params::default());
        let pairs = match fold_source(&Pairs(raw), &Params::default(), &Quiet) {
            Ok(f) => f,
            Err(never) => match never {},
        };
        let view = |f: &Folded| {
            f.reports
                .iter()
                .map(|r| {
                    (
                        r.meta.id.clone(),
                        f.events[r.event].id.clone(),
                        r.copy.as_ref().map(|c| c.canonical.clone()),
                        serde_json::to_string(&r.facts).unwrap(),
                    )
                })
                .collect::<Vec<_>>()
        };
        assert_eq!(view(&whole), view(&pairs));
        // The copy and the follow-up join the first report's event.
        let ev = |id: &str| {
            let r = whole.reports.iter().find(|r| r.meta.id == id).unwrap();
            r.event
        };
        assert_eq!(ev("a"), ev("b"));
        assert_eq!(whole.reports[1].copy.as_ref().unwrap().canonical, "a");
        assert_ne!(ev("a"), ev("d"));
    }

    #[test]
    fn an_outlet_placed_once_lends_its_home_only_to_reports_that_name_no_place() {
        let raw = vec![
            report(
                "a",
                "Harbor Signal",
                "A man was shot on Birch Lane in Dayton, Ohio, on Monday night, police said.",
            ),
            report(
                "b",
                "Harbor Signal",
                "A teenager was wounded by a stray bullet on Tuesday, police said.",
            ),
        ];
        let folded = fold(raw, &Params::default());
        let place = |id: &str| {
            let r = folded.reports.iter().find(|r| r.meta.id == id).unwrap();
            r.facts
                .place
                .as_ref()
                .map(|p| (p.city.clone(), p.state.clone(), p.evidence.rule.to_string()))
        };
        assert_eq!(
            place("b"),
            Some((
                Some("Dayton".into()),
                Some("Ohio".into()),
                "outlet-home".into()
            ))
        );
        // A guessed home is no evidence for the events stage: the two stay apart.
        let ev = |id: &str| {
            folded
                .reports
                .iter()
                .find(|r| r.meta.id == id)
                .unwrap()
                .event
        };
        assert_ne!(ev("a"), ev("b"));
    }
}
