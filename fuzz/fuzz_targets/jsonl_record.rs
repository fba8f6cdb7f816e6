//! The JSONL record reader: any bytes give a record or an error record, never a panic.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mujaz_cli::batch::{json_record, RecordOptions};

fuzz_target!(|data: &[u8]| {
    let opts = RecordOptions {
        text_field: "text".into(),
        id_field: "id".into(),
        title_field: "title".into(),
        use_title: true,
        keep_fields: true,
        first_line_is_summary: data.first().is_some_and(|b| b & 1 == 1),
        first_line_is_title: data.first().is_some_and(|b| b & 2 == 2),
        max_bytes: 1 << 20,
        default_title: None,
        html: data.get(1).is_some_and(|b| b & 1 == 1),
        // JSONL is always UTF-8.
        encoding: None,
    };
    let (_id, payload, _extra) = json_record(data.to_vec(), &opts);
    if let Ok(article) = payload {
        let s = mujaz_summarize::Summarizer::default();
        // Every mode: headlines and extracts run rules a standfirst never reaches.
        let mode = match data.first().map_or(0, |b| (b >> 2) % 3) {
            0 => mujaz_summarize::Mode::Standfirst,
            1 => mujaz_summarize::Mode::Headline,
            _ => mujaz_summarize::Mode::Extract,
        };
        let opts = mujaz_summarize::Options {
            mode,
            title: article.title,
            ..Default::default()
        };
        let _ = if article.html {
            s.summarize_html(&article.text, &opts)
        } else {
            s.summarize(&article.text, &opts)
        };
    }
});
