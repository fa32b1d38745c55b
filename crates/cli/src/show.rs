//! Human-readable output of `fold`, `events` and `show`.

use std::io::Write;

use anyhow::Result;
use storyfold_model::Incident;
use storyfold_pipeline::Folded;
use storyfold_store::{AddStats, EventDetail, EventRow};

fn opt<T: ToString>(v: &Option<T>) -> String {
    v.as_ref()
        .map(|v| v.to_string())
        .unwrap_or_else(|| "?".into())
}

pub fn event_line(e: &EventRow) -> String {
    format!(
        "{}  {:<8} {:<10} {:<28} killed {:<3} injured {:<3} {} report{}",
        e.id,
        e.kind,
        opt(&e.date),
        format!("{}, {}", opt(&e.city), opt(&e.state)),
        opt(&e.killed),
        opt(&e.injured),
        e.reports,
        if e.reports == 1 { "" } else { "s" }
    )
}

pub fn fold_summary(
    out: &mut impl Write,
    folded: &Folded,
    stats: AddStats,
    skipped: usize,
) -> Result<()> {
    let copies = folded.reports.iter().filter(|r| r.copy.is_some()).count();
    writeln!(
        out,
        "{} reports in the store ({} new this run, {} skipped): {} copies, {} events",
        folded.reports.len(),
        stats.added + stats.replaced,
        skipped,
        copies,
        folded.events.len()
    )?;
    for (n, e) in folded.events.iter().enumerate() {
        let inc = &folded.incident(n);
        let row = EventRow {
            id: e.id.clone(),
            kind: inc.kind.as_str().into(),
            date: inc.date.value.clone(),
            city: inc.place.city.clone(),
            state: inc.place.state.clone(),
            killed: inc.killed.value,
            injured: inc.injured.value,
            reports: e.members.len(),
        };
        writeln!(out, "{}", event_line(&row))?;
        for &m in &e.members {
            let r = &folded.reports[m];
            let copy = r
                .copy
                .as_ref()
                .map(|c| format!(" [{} of {}]", c.relation.as_str(), c.canonical))
                .unwrap_or_default();
            writeln!(
                out,
                "    {}{}  {}",
                r.meta.id,
                copy,
                r.meta.title.as_deref().unwrap_or("")
            )?;
        }
    }
    Ok(())
}

fn sources(s: &[String]) -> String {
    format!("[{}]", s.join(", "))
}

fn record(out: &mut impl Write, inc: &Incident) -> Result<()> {
    writeln!(out, "kind      {}", inc.kind.as_str())?;
    writeln!(
        out,
        "date      {} ({})  {}",
        opt(&inc.date.value),
        inc.date
            .precision
            .map(|p| format!("{p:?}").to_lowercase())
            .unwrap_or("?".into()),
        sources(&inc.date.sources)
    )?;
    let p = &inc.place;
    writeln!(
        out,
        "place     {}, {} ({}){}  {}",
        opt(&p.city),
        opt(&p.state),
        opt(&p.county),
        match (p.lat, p.lon) {
            (Some(a), Some(b)) => format!(" at {a:.4}, {b:.4}"),
            _ => String::new(),
        },
        sources(&p.sources)
    )?;
    for (name, c) in [
        ("killed", &inc.killed),
        ("injured", &inc.injured),
        ("arrested", &inc.arrested),
    ] {
        writeln!(out, "{name:<9} {}  {}", opt(&c.value), sources(&c.sources))?;
    }
    writeln!(out, "participants")?;
    for p in &inc.participants {
        writeln!(
            out,
            "  {:<22} {:<8} {:<6} {:<18} age {:<5} {:<9} {}",
            p.name.as_deref().unwrap_or("(unnamed)"),
            format!("{:?}", p.role).to_lowercase(),
            p.gender
                .map(|g| format!("{g:?}").to_lowercase())
                .unwrap_or("-".into()),
            p.title.as_deref().unwrap_or("-"),
            match (p.age, p.age_range) {
                (None, Some((lo, hi))) => format!("{lo}-{hi}"),
                _ => opt(&p.age),
            },
            p.status
                .map(|s| format!("{s:?}").to_lowercase())
                .unwrap_or("-".into()),
            sources(&p.sources)
        )?;
    }
    writeln!(out, "quotes")?;
    for q in &inc.quotes {
        writeln!(
            out,
            "  {}: “{}”  {}",
            q.speaker.as_deref().unwrap_or("(unknown)"),
            q.text,
            sources(&q.sources)
        )?;
    }
    if !inc.conflicts.is_empty() {
        writeln!(out, "conflicts")?;
        for c in &inc.conflicts {
            let vals: Vec<String> = c
                .values
                .iter()
                .map(|v| format!("{} {}", v.value, sources(&v.sources)))
                .collect();
            writeln!(out, "  {}: {}", c.field, vals.join(" | "))?;
        }
    }
    if !inc.evidence.is_empty() {
        writeln!(out, "evidence")?;
        for e in &inc.evidence {
            writeln!(out, "  {:<11} {}: {}", e.field, e.report, e.sentence)?;
        }
    }
    Ok(())
}

pub fn event_detail(out: &mut impl Write, d: &EventDetail) -> Result<()> {
    writeln!(out, "event {}", d.row.id)?;
    record(out, &d.incident)?;
    writeln!(out, "reports")?;
    for (r, j) in d.reports.iter().zip(&d.joins) {
        let copy = match (&r.copy_of, &r.relation) {
            (Some(c), Some(rel)) => format!(
                "  {rel} of {c} (containment {:.2})",
                r.containment.unwrap_or(0.0)
            ),
            _ => String::new(),
        };
        writeln!(
            out,
            "  {}  {}  {}{}",
            r.raw.id,
            r.clean
                .published
                .map(|d| d.to_string())
                .unwrap_or("?".into()),
            r.clean.source.as_deref().unwrap_or("?"),
            copy
        )?;
        writeln!(
            out,
            "      joined: {} (score {:.2}) {}",
            j.how,
            j.score,
            j.reasons.join("; ")
        )?;
        // What an update (or a copy) changed against its canonical report.
        if let Some(canonical) = r
            .copy_of
            .as_ref()
            .and_then(|c| d.reports.iter().find(|x| &x.raw.id == c))
        {
            let (added, removed) =
                storyfold_copies::sentence_diff(&canonical.clean.body(), &r.clean.body());
            for s in &added {
                writeln!(out, "      + {s}")?;
            }
            for s in &removed {
                writeln!(out, "      - {s}")?;
            }
        }
    }
    Ok(())
}
