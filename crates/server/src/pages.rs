//! Server-rendered pages (askama templates in `templates/`, HTML-escaped by default).

use std::collections::BTreeMap;
use std::sync::Arc;

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::response::{Html, IntoResponse, Response};
use storyfold_model::Incident;
use storyfold_store::{EventDetail, EventRow, ReportRow};

use crate::{ApiError, AppState, EventQuery, list_events, page_error, with_store};

#[derive(Template)]
#[template(path = "error.html")]
pub(crate) struct ErrorPage {
    pub code: u16,
    pub message: String,
}

#[derive(Template)]
#[template(path = "index.html")]
struct IndexPage {
    q: EventQuery,
    events: Vec<EventRow>,
    next: Option<String>,
}

/// A copy group on the event page: the canonical report and its copies, with the sentences a
/// copy adds or lacks against the canonical one.
struct Group {
    canonical: ReportRow,
    copies: Vec<CopyDiff>,
}

/// How one copy differs from its canonical report: sentences of the cleaned text it adds or
/// lacks, and the boilerplate (header, byline, caption, copyright…) only one of them carried.
struct CopyDiff {
    row: ReportRow,
    added: Vec<String>,
    removed: Vec<String>,
    /// (kind, line) taken out of the copy but not of the canonical report.
    own_boilerplate: Vec<(String, String)>,
    /// (kind, line) taken out of the canonical report but not of the copy.
    canonical_boilerplate: Vec<(String, String)>,
}

impl CopyDiff {
    fn new(canonical: &ReportRow, row: ReportRow) -> CopyDiff {
        let (added, removed) =
            storyfold_copies::sentence_diff(&canonical.clean.body(), &row.clean.body());
        let only = |a: &ReportRow, b: &ReportRow| -> Vec<(String, String)> {
            a.clean
                .removed
                .iter()
                .filter(|x| !b.clean.removed.iter().any(|y| y.text == x.text))
                .map(|x| (format!("{:?}", x.kind).to_lowercase(), x.text.clone()))
                .collect()
        };
        CopyDiff {
            own_boilerplate: only(&row, canonical),
            canonical_boilerplate: only(canonical, &row),
            added,
            removed,
            row,
        }
    }
}

#[derive(Template)]
#[template(path = "event.html")]
struct EventPageT {
    id: String,
    inc: Incident,
    groups: Vec<Group>,
    /// (date, report id, source) in date order.
    timeline: Vec<(String, String, String)>,
    /// Field → (report, sentence).
    evidence: BTreeMap<String, Vec<(String, String)>>,
    map: Option<(f64, f64)>,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPageT {
    r: ReportRow,
}

fn render<T: Template>(t: T) -> Response {
    match t.render() {
        Ok(html) => Html(html).into_response(),
        Err(e) => page_error(ApiError::internal(e)),
    }
}

pub(crate) async fn index(
    State(st): State<Arc<AppState>>,
    Query(q): Query<EventQuery>,
) -> Response {
    let q2 = q.clone();
    match with_store(&st, move |s| list_events(s, &q2)).await {
        Ok(page) => render(IndexPage {
            q,
            events: page.events,
            next: page.next_cursor,
        }),
        Err(e) => page_error(e),
    }
}

fn build_event(d: EventDetail) -> EventPageT {
    let mut groups: Vec<Group> = Vec::new();
    let (copies, originals): (Vec<ReportRow>, Vec<ReportRow>) =
        d.reports.into_iter().partition(|r| r.copy_of.is_some());
    for r in originals {
        groups.push(Group {
            canonical: r,
            copies: Vec::new(),
        });
    }
    for c in copies {
        let canonical = c.copy_of.clone().unwrap_or_default();
        match groups.iter_mut().find(|g| g.canonical.raw.id == canonical) {
            Some(g) => {
                let diff = CopyDiff::new(&g.canonical, c);
                g.copies.push(diff);
            }
            None => groups.push(Group {
                canonical: c,
                copies: Vec::new(),
            }),
        }
    }
    let mut timeline: Vec<(String, String, String)> = groups
        .iter()
        .flat_map(|g| std::iter::once(&g.canonical).chain(g.copies.iter().map(|c| &c.row)))
        .map(|r| {
            (
                r.clean
                    .published
                    .map(|d| d.to_string())
                    .unwrap_or_else(|| "undated".into()),
                r.raw.id.clone(),
                r.clean.source.clone().unwrap_or_default(),
            )
        })
        .collect();
    timeline.sort();
    let mut evidence: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    for e in &d.incident.evidence {
        evidence
            .entry(e.field.clone())
            .or_default()
            .push((e.report.clone(), e.sentence.to_string()));
    }
    let map = d.incident.place.lat.zip(d.incident.place.lon);
    EventPageT {
        id: d.row.id,
        inc: d.incident,
        groups,
        timeline,
        evidence,
        map,
    }
}

pub(crate) async fn event(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    let result = with_store(&st, move |s| {
        s.event(&id)
            .map_err(ApiError::internal)?
            .ok_or_else(|| ApiError::not_found(format!("no event {id:?}")))
    })
    .await;
    match result {
        Ok(d) => render(build_event(d)),
        Err(e) => page_error(e),
    }
}

pub(crate) async fn report(State(st): State<Arc<AppState>>, Path(id): Path<String>) -> Response {
    let result = with_store(&st, move |s| {
        s.report(&id)
            .map_err(ApiError::internal)?
            .ok_or_else(|| ApiError::not_found(format!("no report {id:?}")))
    })
    .await;
    match result {
        Ok(r) => render(ReportPageT { r }),
        Err(e) => page_error(e),
    }
}

/// x, y of a point on a 300 × 180 box over the contiguous US (no map tiles, no network).
pub(crate) fn plot(lat: &f64, lon: &f64) -> (f64, f64) {
    let x = ((lon + 125.0) / 58.0 * 300.0).clamp(0.0, 300.0);
    let y = ((50.0 - lat) / 26.0 * 180.0).clamp(0.0, 180.0);
    (x, y)
}

/// A report id short enough for a source link (the full id is the link's title).
pub(crate) fn short(id: &str) -> String {
    let n = id.chars().count();
    if n <= 16 {
        id.to_string()
    } else {
        format!("{}…", id.chars().take(14).collect::<String>())
    }
}
