//! The JSON Lines contract (docs/OUTPUT.md, schema version 1): the shapes printed by
//! `storyfold fold --json` and `storyfold copies --json`. These types exist only here, at the
//! boundary; changing a field name or meaning is a new schema version.

use std::io::Write;

use anyhow::Result;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::Serialize;
use storyfold_model::{CopyLink, Incident, RawReport, SCHEMA_VERSION};
use storyfold_pipeline::Folded;

#[derive(Serialize)]
struct ReportLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    source: Option<&'a str>,
    title: Option<&'a str>,
    published: Option<String>,
    copy_of: Option<&'a str>,
    relation: Option<&'static str>,
    event: &'a str,
}

#[derive(Serialize)]
struct EventLine<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    id: &'a str,
    reports: Vec<&'a str>,
    incident: &'a Incident,
}

#[derive(Serialize)]
struct Summary {
    #[serde(rename = "type")]
    kind: &'static str,
    schema: u32,
    reports: usize,
    copies: usize,
    events: usize,
    skipped: usize,
}

/// Prints the reports read in this run (`run_ids`, input order), the events holding them
/// (members limited to this run's reports, so every line names only printed reports; the
/// record is the whole event's), and the summary.
pub fn write_fold_json(
    out: &mut impl Write,
    folded: &Folded,
    run_ids: &[&str],
    skipped: usize,
) -> Result<()> {
    let by_id: FxHashMap<&str, usize> = folded
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| (r.meta.id.as_str(), i))
        .collect();
    let in_run: FxHashSet<&str> = run_ids.iter().copied().collect();
    let mut copies = 0;
    for id in run_ids {
        let r = &folded.reports[by_id[id]];
        // A copy whose canonical report is not in this run points at itself as canonical:
        // keep the contract's "copy_of names a printed report".
        let link = r
            .copy
            .as_ref()
            .filter(|l| in_run.contains(l.canonical.as_str()));
        copies += link.is_some() as usize;
        let line = ReportLine {
            kind: "report",
            id,
            source: r.meta.source.as_deref(),
            title: r.meta.title.as_deref(),
            published: r.meta.published.map(|d| d.to_string()),
            copy_of: link.map(|l| l.canonical.as_str()),
            relation: link.map(|l| l.relation.as_str()),
            event: &folded.events[r.event].id,
        };
        serde_json::to_writer(&mut *out, &line)?;
        writeln!(out)?;
    }
    let mut events = 0;
    for (n, e) in folded.events.iter().enumerate() {
        let reports: Vec<&str> = e
            .members
            .iter()
            .map(|&m| folded.reports[m].meta.id.as_str())
            .filter(|id| in_run.contains(id))
            .collect();
        if reports.is_empty() {
            continue;
        }
        events += 1;
        serde_json::to_writer(
            &mut *out,
            &EventLine {
                kind: "event",
                id: &e.id,
                reports,
                incident: &folded.incident(n),
            },
        )?;
        writeln!(out)?;
    }
    let summary = Summary {
        kind: "summary",
        schema: SCHEMA_VERSION,
        reports: run_ids.len(),
        copies,
        events,
        skipped,
    };
    serde_json::to_writer(&mut *out, &summary)?;
    writeln!(out)?;
    Ok(())
}

#[derive(Serialize)]
struct CopyMember<'a> {
    id: &'a str,
    relation: &'static str,
    containment: f32,
    jaccard: f32,
}

#[derive(Serialize)]
struct CopyGroup<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    canonical: &'a str,
    members: Vec<CopyMember<'a>>,
}

/// Prints copy groups (canonical first seen order) as text or JSON Lines.
pub fn write_copies(
    out: &mut impl Write,
    reports: &[RawReport],
    links: &[Option<CopyLink>],
    skipped: usize,
    json: bool,
) -> Result<()> {
    let mut groups: Vec<(&str, Vec<&CopyLink>)> = Vec::new();
    let mut pos: FxHashMap<&str, usize> = FxHashMap::default();
    for l in links.iter().flatten() {
        let i = *pos.entry(l.canonical.as_str()).or_insert_with(|| {
            groups.push((l.canonical.as_str(), Vec::new()));
            groups.len() - 1
        });
        groups[i].1.push(l);
    }
    for (canonical, members) in &groups {
        if json {
            let g = CopyGroup {
                kind: "copy_group",
                canonical,
                members: members
                    .iter()
                    .map(|l| CopyMember {
                        id: &l.report,
                        relation: l.relation.as_str(),
                        containment: l.containment,
                        jaccard: l.jaccard,
                    })
                    .collect(),
            };
            serde_json::to_writer(&mut *out, &g)?;
            writeln!(out)?;
        } else {
            writeln!(out, "{canonical}")?;
            for l in members {
                writeln!(
                    out,
                    "  {:<10} {}  (containment {:.2}, jaccard {:.2})",
                    l.relation.as_str(),
                    l.report,
                    l.containment,
                    l.jaccard
                )?;
            }
        }
    }
    let copies = links.iter().filter(|l| l.is_some()).count();
    if json {
        let s = serde_json::json!({"type": "summary", "schema": SCHEMA_VERSION, "reports": reports.len(), "groups": groups.len(), "copies": copies, "skipped": skipped});
        serde_json::to_writer(&mut *out, &s)?;
        writeln!(out)?;
    } else {
        writeln!(
            out,
            "{} reports, {} copy groups, {} copies, {} skipped",
            reports.len(),
            groups.len(),
            copies,
            skipped
        )?;
    }
    Ok(())
}
