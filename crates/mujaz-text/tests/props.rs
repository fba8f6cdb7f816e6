//! Property tests for the text pipeline.

use mujaz_text::chars::is_blank;
use mujaz_text::{sentences, tokenize, Analyzer, Normalizer, NormalizerConfig};
use proptest::prelude::*;

/// Strings biased towards the characters the pipeline cares about.
fn arabicish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "ق", "ا", "أ", "إ", "آ", "ٱ", "ى", "ة", "ؤ", "ئ", "ل", "و", "ف", "ـ", "َ", "ً", "ّ", "ْ", "ٰ",
        "ۖ", "٣", "٫", "٬", "٪", "۴", "1", ".", "..", "…", "!", "?", "؟", "،", "؛", " ", "\n", "\t",
        "\"", "«", "»", "(", ")", "-", "—", ":", "ﻻ", "ﷲ", "ﹰ", "\u{200F}", "\u{200C}", "\u{FEFF}",
        "a", "Z", "@", "www.", "د.", "☺", "\u{0301}", "\r\n",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![arabicish(), any::<String>()]
}

fn configs() -> impl Strategy<Value = NormalizerConfig> {
    prop::collection::vec(any::<bool>(), 11).prop_map(|b| NormalizerConfig {
        diacritics: b[0],
        tatweel: b[1],
        alef: b[2],
        alef_maqsura: b[3],
        teh_marbuta: b[4],
        hamza_carriers: b[5],
        persian_letters: b[6],
        digits: b[7],
        presentation_forms: b[8],
        invisible: b[9],
        punctuation: b[10],
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn normalization_is_idempotent(s in any_text(), cfg in configs()) {
        let n = Normalizer::new(cfg);
        let once = n.normalize_str(&s).into_owned();
        let twice = n.normalize_str(&once).into_owned();
        prop_assert_eq!(once, twice);
    }

    #[test]
    fn normalize_and_normalize_str_agree(s in any_text()) {
        let n = Normalizer::default();
        let view = n.normalize(&s);
        let fast = n.normalize_str(&s);
        prop_assert_eq!(view.as_str(), fast.as_ref());
        let mut buf = String::new();
        n.normalize_into(&s, &mut buf);
        prop_assert_eq!(view.as_str(), buf.as_str());
    }

    #[test]
    fn alignment_is_monotone_and_in_bounds(s in any_text()) {
        let view = Normalizer::default().normalize(&s);
        let norm = view.as_str();
        let mut last = 0;
        for (i, _) in norm.char_indices().chain(std::iter::once((norm.len(), ' '))) {
            let span = view.original_span(i..i);
            prop_assert!(span.start <= s.len());
            prop_assert!(s.is_char_boundary(span.start));
            prop_assert!(span.start >= last);
            last = span.start;
        }
        prop_assert_eq!(view.original_span(0..norm.len()).end, s.len());
    }

    #[test]
    fn sentence_spans_cover_every_non_space_byte_once(s in any_text()) {
        let spans: Vec<_> = sentences(&s).collect();
        let mut covered = vec![0u8; s.len()];
        let mut prev_end = 0;
        for sp in &spans {
            prop_assert!(sp.start >= prev_end, "ordered and disjoint");
            prop_assert!(sp.start < sp.end, "non-empty");
            prop_assert_eq!(&s[sp.start..sp.end], sp.text);
            prop_assert_eq!(sp.text.trim_matches(is_blank), sp.text);
            for c in covered.iter_mut().take(sp.end).skip(sp.start) {
                *c += 1;
            }
            prev_end = sp.end;
        }
        for (i, c) in s.char_indices() {
            if !is_blank(c) {
                prop_assert_eq!(covered[i], 1, "byte {} ({:?}) not covered once", i, c);
            }
        }
        // Invisible controls between sentences are left out; every token is still inside one.
        for t in tokenize(&s) {
            prop_assert_eq!(covered[t.start], 1, "token {:?} outside the sentences", t);
        }
    }

    #[test]
    fn token_spans_slice_the_text(s in any_text()) {
        let mut prev = 0;
        for t in tokenize(&s) {
            prop_assert_eq!(&s[t.start..t.end], t.text);
            prop_assert!(t.start >= prev && t.start < t.end);
            prev = t.end;
        }
    }

    #[test]
    fn analysis_never_panics_and_maps_back(s in any_text()) {
        let a = Analyzer::default();
        let doc = a.analyze(&s);
        for t in doc.tokens() {
            prop_assert!(t.start <= t.end && t.end <= s.len());
            let _ = doc.original(t);
            let _ = doc.stem(t);
            let _ = doc.is_stop(t);
        }
        let n: usize = doc.sentences().iter().map(|x| x.tokens.len()).sum();
        prop_assert_eq!(n, doc.tokens().len());
    }

    #[test]
    fn lead_analysis_is_a_prefix_of_the_whole(s in any_text(), words in 1usize..40) {
        let a = Analyzer::default();
        let whole = a.analyze(&s);
        let lead = a.analyze_lead(&s, words);
        let k = lead.sentences().len();
        prop_assert!(k <= whole.sentences().len());
        prop_assert_eq!(lead.sentences(), &whole.sentences()[..k]);
        let t = lead.tokens().len();
        prop_assert_eq!(lead.tokens(), &whole.tokens()[..t]);
        // It stops at the first sentence that reaches the budget, and only there (words are
        // runs between ASCII white space).
        let count = |t: &str| {
            t.split([' ', '\n', '\t', '\r']).filter(|w| !w.is_empty()).count()
        };
        let counted: usize = lead.sentences().iter().map(|x| count(lead.sentence_text(x))).sum();
        if k < whole.sentences().len() {
            prop_assert!(counted >= words);
        }
        if k > 0 {
            let before = counted - count(lead.sentence_text(&lead.sentences()[k - 1]));
            prop_assert!(before < words);
        }
        for x in lead.tokens() {
            prop_assert_eq!(lead.norm(x), whole.norm(x));
        }
    }

    #[test]
    fn stemmers_never_panic(s in any_text()) {
        for k in ["light", "snowball", "root"] {
            let st = k.parse::<mujaz_text::StemmerKind>().unwrap().build();
            for w in s.split_whitespace() {
                let _ = st.stem(w);
            }
        }
    }
}

proptest! {
    #[test]
    fn cursor_agrees_with_binary_search(s in any_text()) {
        let view = Normalizer::default().normalize(&s);
        let (mut a, mut b) = (view.alignment().cursor(), view.alignment().cursor());
        for t in tokenize(view.as_str()) {
            prop_assert_eq!(
                view.original_span_with(&mut a, &mut b, t.start..t.end),
                view.original_span(t.start..t.end)
            );
        }
    }
}

proptest! {
    #[test]
    fn stop_word_fast_path_agrees_with_folding(s in arabicish()) {
        for w in s.split_whitespace() {
            let mut folded = String::new();
            mujaz_text::stopwords::fold_into(w, &mut folded);
            prop_assert_eq!(
                mujaz_text::is_stop_word(w),
                mujaz_text::stopwords::is_folded_stop_word(&folded) && folded.len() <= 48
            );
        }
    }
}

/// Strings biased towards markup: tags (some never closed, some furniture), references,
/// comments and white space between Arabic words.
fn htmlish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "<p>",
        "</p>",
        "<br>",
        "<br/>",
        "<div class=\"a>b\">",
        "</div>",
        "<h1>",
        "</h1>",
        "<nav>",
        "</nav>",
        "<script>",
        "</script>",
        "<title>",
        "</title>",
        "<head>",
        "<body>",
        "<!--",
        "-->",
        "<![CDATA[",
        "]]>",
        "<!DOCTYPE html>",
        "<a href='x'>",
        "</a>",
        "<",
        ">",
        "&amp;",
        "&nbsp;",
        "&#1605;",
        "&#x627;",
        "&#0;",
        "&#xFFFFFF;",
        "&bogus;",
        "&",
        "&lt",
        "قال",
        "الوزير",
        "إن",
        "الخطة",
        "جاهزة",
        ".",
        "،",
        " ",
        "\n",
        "\t",
        "\r\n",
        "é",
    ]);
    prop::collection::vec(pieces, 0..50).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// Every range of a page's text maps to a range of the HTML, in bounds, on character
    /// boundaries and in order; a character copied as it is maps to itself.
    #[test]
    fn html_text_maps_back_into_the_html(html in prop_oneof![htmlish(), any::<String>()]) {
        let page = mujaz_text::html::HtmlText::parse(&html);
        let text = page.text();
        prop_assert!(!text.starts_with([' ', '\n']) && !text.ends_with([' ', '\n']));
        prop_assert!(!text.contains("  ") && !text.contains("\n\n"));
        let mut last = (0, 0);
        for (i, c) in text.char_indices() {
            let (a, b) = page.source_range(i, i + c.len_utf8());
            prop_assert!(a < b && b <= html.len(), "{:?} {}", html, i);
            prop_assert!(html.is_char_boundary(a) && html.is_char_boundary(b));
            prop_assert!(a >= last.1 || (a, b) == last, "in order: {:?} at {}", html, i);
            let src = &html[a..b];
            if c != ' ' && c != '\n' && !src.starts_with('&') {
                prop_assert_eq!(src, c.to_string());
            }
            last = (a, b);
        }
        let (a, b) = page.source_range(0, text.len());
        prop_assert!(a <= b && b <= html.len());
    }
}
