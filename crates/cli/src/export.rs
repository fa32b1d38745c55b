//! `storyfold export`: the stored events as one row per incident with the columns incident
//! trackers use (GVA-like), or the stored reports with their copy and event links. JSON Lines
//! or CSV; the row shapes are part of the versioned output (schema 1, docs/OUTPUT.md).

use std::io::Write;

use anyhow::Result;
use serde::Serialize;
use storyfold_store::Store;

#[derive(Serialize)]
struct EventRow {
    event: String,
    kind: String,
    date: Option<String>,
    date_precision: Option<String>,
    state: Option<String>,
    city: Option<String>,
    county: Option<String>,
    lat: Option<f64>,
    lon: Option<f64>,
    killed: Option<u32>,
    injured: Option<u32>,
    arrested: Option<u32>,
    /// "name (role, status, age)" joined with "; " — one cell in CSV.
    participants: String,
    reports: usize,
    /// Report ids joined with " ".
    sources: String,
    conflicts: usize,
}

#[derive(Serialize)]
struct ReportRow {
    report: String,
    event: String,
    source: Option<String>,
    title: Option<String>,
    published: Option<String>,
    url: Option<String>,
    copy_of: Option<String>,
    relation: Option<String>,
}

fn emit<T: Serialize>(out: &mut impl Write, rows: &[T], format: &str) -> Result<()> {
    if format == "csv" {
        let mut w = csv::Writer::from_writer(out);
        for r in rows {
            w.serialize(r)?;
        }
        w.flush()?;
    } else {
        for r in rows {
            serde_json::to_writer(&mut *out, r)?;
            writeln!(out)?;
        }
    }
    Ok(())
}

pub fn write(out: &mut impl Write, store: &Store, what: &str, format: &str) -> Result<()> {
    if what == "reports" {
        let mut rows = Vec::new();
        for e in store.events()? {
            let Some(detail) = store.event(&e.id)? else {
                continue;
            };
            for r in detail.reports {
                rows.push(ReportRow {
                    report: r.raw.id.clone(),
                    event: e.id.clone(),
                    source: r.clean.source.clone(),
                    title: r.clean.title.clone(),
                    published: r.clean.published.map(|d| d.to_string()),
                    url: r.clean.url.clone(),
                    copy_of: r.copy_of.clone(),
                    relation: r.relation.clone(),
                });
            }
        }
        return emit(out, &rows, format);
    }
    let mut rows = Vec::new();
    for e in store.events()? {
        let Some(detail) = store.event(&e.id)? else {
            continue;
        };
        let inc = &detail.incident;
        let participants: Vec<String> = inc
            .participants
            .iter()
            .map(|p| {
                let mut bits = vec![format!("{:?}", p.role).to_lowercase()];
                if let Some(s) = p.status {
                    bits.push(format!("{s:?}").to_lowercase());
                }
                if let Some(a) = p.age {
                    bits.push(a.to_string());
                }
                format!(
                    "{} ({})",
                    p.name.as_deref().unwrap_or("unnamed"),
                    bits.join(", ")
                )
            })
            .collect();
        let ids: Vec<&str> = detail.reports.iter().map(|r| r.raw.id.as_str()).collect();
        rows.push(EventRow {
            event: e.id.clone(),
            kind: inc.kind.as_str().to_string(),
            date: inc.date.value.clone(),
            date_precision: inc.date.precision.map(|p| format!("{p:?}").to_lowercase()),
            state: inc.place.state.clone(),
            city: inc.place.city.clone(),
            county: inc.place.county.clone(),
            lat: inc.place.lat,
            lon: inc.place.lon,
            killed: inc.killed.value,
            injured: inc.injured.value,
            arrested: inc.arrested.value,
            participants: participants.join("; "),
            reports: ids.len(),
            sources: ids.join(" "),
            conflicts: inc.conflicts.len(),
        });
    }
    emit(out, &rows, format)
}
