//! The text pipeline and the summarizer on arbitrary UTF-8: no panic, spans in bounds, and
//! compressed summaries (every rule on) rebuilt from their kept spans and rewritten verbs.
#![no_main]

use libfuzzer_sys::fuzz_target;
use mujaz_summarize::compress::CompressOptions;
use mujaz_summarize::{Mode, Options, Summarizer};
use mujaz_text::{sentences, tokenize, Analyzer, Normalizer};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let n = Normalizer::default();
    let view = n.normalize(text);
    assert_eq!(n.normalize_str(view.as_str()), view.as_str(), "idempotent");
    for t in tokenize(text) {
        assert_eq!(&text[t.start..t.end], t.text);
    }
    for s in sentences(text) {
        assert_eq!(&text[s.start..s.end], s.text);
    }
    let a = Analyzer::default();
    let doc = a.analyze(text);
    for t in doc.tokens() {
        let _ = doc.stem(t);
    }
    // The lead analysis is a prefix of the whole one.
    let lead = a.analyze_lead(text, data.len() % 40 + 1);
    let k = lead.sentences().len();
    assert_eq!(lead.sentences(), &doc.sentences()[..k]);
    assert_eq!(lead.tokens(), &doc.tokens()[..lead.tokens().len()]);
    let s = Summarizer::default();
    let every_rule = CompressOptions {
        insertions: true,
        trailing_clause: true,
        attribution: true,
        ..mujaz_summarize::headline_compression()
    };
    for mode in [Mode::Standfirst, Mode::Headline, Mode::Extract] {
        for compress in [None, Some(every_rule.clone())] {
            let opts = Options { mode, compress, ..Options::default() };
            let Ok(out) = s.summarize(text, &opts) else { continue };
            let mut parts = Vec::new();
            for src in &out.sentences {
                assert!(src.start < src.end && src.end <= text.len());
                let spans = src.spans();
                let mut last = src.start;
                for &(a, b) in &spans {
                    assert!(a >= last && a < b && b <= src.end, "kept spans inside, in order");
                    last = b;
                }
                let mut after = src.start;
                for r in &src.rewritten {
                    // Each rewritten verb is a word inside a kept span, in order (or, with the
                    // speaker first, inserted: an empty range).
                    assert!(after <= r.start && r.start <= r.end);
                    assert!(spans.iter().any(|&(a, b)| a <= r.start && r.end <= b));
                    assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
                    after = r.end;
                }
                parts.push(src.text(text));
            }
            assert_eq!(parts.join(" "), out.summary);
        }
    }
    // The same bytes read as HTML: the summary is the one of the page's text, and its
    // offsets, carried back into the HTML, stay in bounds and in order.
    let page = mujaz_text::html::HtmlText::parse(text);
    for mode in [Mode::Standfirst, Mode::Headline, Mode::Extract] {
        let opts = Options { mode, ..Options::default() };
        let Ok(out) = s.summarize_html(text, &opts) else { continue };
        let titled = Options { title: page.title().map(str::to_string), ..opts };
        assert_eq!(s.summarize(page.text(), &titled).map(|o| o.summary).as_ref(), Ok(&out.summary));
        for src in &out.sentences {
            assert!(src.start < src.end && src.end <= text.len());
            assert!(text.is_char_boundary(src.start) && text.is_char_boundary(src.end));
            let mut last = src.start;
            for (a, b) in src.spans() {
                assert!(a >= last && a < b && b <= src.end, "kept spans inside, in order");
                last = b;
            }
        }
    }
});
