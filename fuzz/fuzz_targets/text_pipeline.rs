//! The text pipeline and the summarizer on arbitrary UTF-8: no panic, spans in bounds.
#![no_main]

use libfuzzer_sys::fuzz_target;
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
    let s = Summarizer::default();
    for mode in [Mode::Standfirst, Mode::Headline, Mode::Extract] {
        if let Ok(out) = s.summarize(text, &Options { mode, ..Options::default() }) {
            for src in &out.sentences {
                assert!(src.end <= text.len());
            }
        }
    }
});
