//! The opening of a summary as news tells it: the speaker before their verb, an opening
//! verb in the present with the verbs coordinated with it, an opening passive as its event
//! noun, and a frame before the main clause (see [`CompressOptions`]'s `subject_first`,
//! `present_tense`, `event_noun` and `drop_fronted_frame`).

use super::*;

/// [`CompressOptions::subject_first`]: when what is kept opens with reported speech in the
/// plain shape `verb speaker إن ...`, delete the verb and return its present, to be inserted
/// before what was said, and the present of verbs coordinated with it (`connective`: where
/// the text after an opening `و`/`ف` starts).
pub(super) fn speaker_first(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &mut [bool],
    connective: Option<usize>,
) -> Option<Vec<Rewrite>> {
    let (verb, comp, time) =
        speech::find(toks, norm, doc.text(), keep, true)?.speaker_first_shape()?;
    if !keep[comp] {
        return None;
    }
    // The words that close the speaker as a time (`اليوم الثلاثاء`, `رسميا`, `مؤخرا`) stay
    // after the verb, which goes before them (`قال مسؤول أردني اليوم الثلاثاء إن` → `مسؤول
    // أردني يقول اليوم الثلاثاء إن`); anything else closing the speaker (`في مقابلة مع ...`,
    // the `على` of `أكد ... على أن`, after which the "speaker" may be a participle: `وأضاف
    // مشددا على أن`) keeps the verb first, and so does a time after a comma, which would
    // part the speaker from their verb. What the rules deleted of the time is no part of it.
    if time.is_some_and(|t| (t..comp).any(|k| keep[k] && norm[k] == "علي")) {
        return None;
    }
    let end = (time.unwrap_or(comp)..comp)
        .find(|&k| keep[k] && norm[k] != ",")
        .unwrap_or(comp);
    let before = (verb + 1..end).rev().find(|&k| keep[k]);
    if end < comp && !before.is_some_and(|k| toks[k].kind.is_word()) {
        return None;
    }
    // The speaker's commas: none, or an apposition closed right before `إن` (`وزير الخارجية،
    // مايك بومبيو، يقول إن`); a comma left open would part the speaker from their verb.
    let mut commas = (verb + 1..end).filter(|&k| keep[k] && norm[k] == ",");
    // A name of one to four words after a lone comma, running to `إن` (`رئيس الوزراء
    // اللبناني، سعد الحريري إن`: the writer left the apposition open), reads as the speaker.
    let name_to_that = |a: usize| {
        let words = (a + 1..end).filter(|&k| keep[k]);
        let mut n = 0;
        for k in words {
            if toks[k].kind != TokenKind::Arabic || mujaz_text::is_stop_word(norm[k]) {
                return false;
            }
            n += 1;
        }
        (1..=4).contains(&n)
    };
    let mut lone_comma = None;
    match (commas.next(), commas.next(), commas.next()) {
        (None, ..) => {}
        (Some(_), Some(b), None) if b + 1 == end && end == comp => {}
        // `الرئيس الإيراني السابق محمد خاتمي، إن`: the comma before `إن` goes with the verb.
        (Some(a), None, _) if a + 1 == end && end == comp => lone_comma = Some(a),
        (Some(a), None, _) if end == comp && name_to_that(a) => {}
        _ => return None,
    }
    // Nor a time inside the speaker (`صحيفة ... يوم السبت الصادرة`), a colon, the verb's own
    // `عن` (`كشف باحثون عما وصفوه أنه`) or a second speaker (`ميركل ووزير الداخلية`, whose
    // verb after them would be a dual) before the verb.
    if (verb + 1..end).any(|k| {
        keep[k]
            && (speech::is_time_word(norm[k])
                // `في وقت متأخر`: a time of words the time list does not hold.
                || matches!(norm[k], "عن" | "عما" | "عمن" | ":" | "وقت")
                || tense::adds_a_speaker(norm[k]))
    }) {
        return None;
    }
    let t = &toks[verb];
    let from = connective
        .filter(|&c| t.start < c && c < t.end)
        .unwrap_or(t.start);
    // A verb already in the present (`يقول عمال الإنقاذ إن`, as BBC's own leads often
    // open) goes after the speaker as it is written.
    let written = &doc.text()[from..t.end];
    let present = match present_tense_verb(doc, toks, Some(keep), verb, from) {
        Some(r) => r.text,
        None if tense::is_listed_imperfect(written) => written.to_string(),
        None => return None,
    };
    let head = (verb + 1..end).find(|&k| keep[k] && toks[k].kind.is_word())?;
    // `بعض الخبراء`, `معظم النواب`: the verb after them agrees with the plural they count
    // (`يعتبرون`), which the speaker's first word does not tell (`بعض الدول تعتبر`); the verb
    // stays first. (`أحد`, `إحدى`, `عدد` and `عدة` take the verb as they are.)
    if matches!(norm[head], "بعض" | "معظم" | "اغلب" | "جميع" | "كل") {
        return None;
    }
    // Before its verb a plural of people or a dual takes a verb that agrees in number.
    let plural = tense::names_people_in_plural(norm[head]);
    let two = tense::names_two(norm[head]);
    // A second definite subject tied to a definite first word (`الإمارات والسعودية`; not a
    // genitive's own `و`, `وزارة العمل والتنمية`, nor a name, `شركة والت ديزني`) would want a
    // dual or plural after them.
    let tied = norm[head].starts_with("ال")
        && (head + 1..end)
            .find(|&k| keep[k])
            .is_some_and(|k| norm[k].starts_with("وال") && norm[k].chars().count() >= 6);
    // Two names tied by `و` (`انيستون وثيرو`) would want a dual too: a speaker of just two
    // words, the second with `و` (not `صحيفة واشنطن بوست`, `رئيسة وزراء كندية`).
    let mut speaker_words = (head..end).filter(|&k| keep[k] && toks[k].kind.is_word());
    let two_names = !norm[head].starts_with("ال")
        && matches!(
            (speaker_words.next(), speaker_words.next(), speaker_words.next()),
            (Some(_), Some(k), None) if norm[k].starts_with('و') && norm[k].chars().count() >= 4
        );
    if (tied || two_names) && !plural {
        return None;
    }
    let text = if plural {
        tense::plural(&present)?
    } else if two {
        tense::dual(&present)?
    } else {
        present
    };
    keep[verb] = false;
    if let Some(c) = lone_comma {
        keep[c] = false;
    }
    let at = toks[end].start;
    let mut out = vec![Rewrite {
        start: at,
        end: at,
        text: format!("{text} "),
    }];
    // One sentence, one tense (`..، ويدعو`); a singular verb after a plural or dual speaker
    // is someone else's.
    if !plural && !two {
        out.extend(coordinated_verbs(
            doc,
            toks,
            Some(keep),
            comp,
            text.chars().next(),
            false,
        ));
    }
    Some(out)
}

/// `تم`, `تمت` (normalized): "it was done", before the verbal noun of what was done.
pub(super) const TAMMA: &[&str] = &["تم", "تمت"];

/// Whether `w` (normalized), after an opening `تم`, is the verbal noun it is said of (`تم
/// إحباط`, `تمت الموافقة`, `تم بيع`), not a function word, a time (`تم اليوم`, `تم صباح`) or
/// a place with a preposition (`تم برواق`, `تم بباجة`): a word of five letters or more that
/// opens with `ب`, `ل` or `ك` is taken for the latter.
pub(super) fn is_verbal_noun_after_tamma(w: &str) -> bool {
    let place = w.chars().count() >= 5 && w.starts_with(['ب', 'ل', 'ك']);
    !(mujaz_text::is_stop_word(w) || speech::is_time_word(w) || place)
}

/// The words written anew at the opening of what is kept (token `lo`, from byte `from`): a
/// passive as its event noun ([`CompressOptions::event_noun`]), else the verb in the present
/// ([`CompressOptions::present_tense`]).
pub(super) fn opening_rewrites(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
    opts: &CompressOptions,
) -> Vec<Rewrite> {
    // A noun tells the event at any time (`مقتل 5 أشخاص أمس`): no date guards it.
    let noun = |k: usize, from: usize| {
        rewrite_word(doc, toks, keep, k, from, |w, following| {
            event_noun(w, following).map(str::to_string)
        })
    };
    let first = opts
        .event_noun
        .then(|| {
            met_death_noun(doc, toks, keep, lo, from)
                .or_else(|| noun(lo, from).map(|r| (vec![r], lo)))
                .or_else(|| {
                    [&KILLED, &DEPARTED]
                        .into_iter()
                        .find_map(|rule| clause_noun(doc, toks, keep, lo, from, rule))
                        .map(|r| (vec![r], lo))
                })
                .or_else(|| dual_noun(doc, toks, keep, lo, from))
        })
        .flatten();
    if let Some((mut out, last)) = first {
        // A passive coordinated with it by `و` in its clause becomes a noun too (`مقتل 50
        // شخصا وإصابة العشرات`), where the noun reads right (see [`event_noun`]).
        for k in (last + 1..toks.len())
            .filter(|&k| is_kept(keep, k))
            .take(MAX_COORDINATED_EVENT)
        {
            let w = doc.norm(&toks[k]);
            // A comma may stand before the coordinated passive (`مقتل 3 أشخاص على الأقل،
            // وأصيب اثنان`), nothing else.
            let before_passive = || {
                (k + 1..toks.len())
                    .find(|&j| is_kept(keep, j))
                    .is_some_and(|j| event::opens_coordinated_passive(doc.original(&toks[j])))
            };
            if RELATIVES.contains(&w)
                || is_full_stop(w)
                || w == ":"
                || w == "," && !before_passive()
            {
                break;
            }
            let t = &toks[k];
            if t.kind == TokenKind::Arabic && doc.original(t).starts_with('و') {
                let from = t.start + 'و'.len_utf8();
                if let Some(r) = noun(k, from) {
                    out.push(r);
                    break;
                }
                // `وأصيب 200 آخرون`: the noun takes its subject in the genitive, and
                // `آخرون` and `اثنان` show it (`وإصابة 200 آخرين`, `وإصابة اثنين`); a number
                // does not.
                if let Some(rs) = noun_and_genitive(doc, toks, keep, k, from) {
                    out.extend(rs);
                    break;
                }
            }
        }
        return out;
    }
    if opts.present_tense {
        present_tense_verbs(doc, toks, keep, lo, from)
    } else {
        Vec::new()
    }
}

/// An opening verb that only the words of its clause tell as an event, and its noun: see
/// [`clause_noun`].
struct ClauseNoun {
    /// Whether the opening word (as written) is the verb.
    is_verb: fn(&str) -> bool,
    /// Most kept words after it that are read.
    max: usize,
    /// Whether a punctuation mark (normalized) ends the words read; others are passed.
    stop: fn(&str) -> bool,
    /// Whether the words read (as written) tell the event.
    tells: fn(&[&str]) -> bool,
    /// The verb's noun.
    noun: &'static str,
}

/// An unvowelled `قتل` as `مقتل` where the circumstance after its subject shows the passive
/// ([`event::killed_in_circumstance`]): `قتل فلسطيني في قصف إسرائيلي` → `مقتل فلسطيني في قصف
/// إسرائيلي`. Its words run up to punctuation (past a quotation mark), at most twelve.
const KILLED: ClauseNoun = ClauseNoun {
    is_verb: event::is_unvowelled_killed,
    max: 12,
    stop: |p| p != "\"",
    tells: event::killed_in_circumstance,
    noun: "مقتل",
};

/// An unvowelled `رحل` ("passed away", also "left" or "deported") as `رحيل` where its clause
/// tells a death ([`event::departed_life`]): `رحل المخرج ميلوش فورمان عن 86 عاما` → `رحيل
/// المخرج ميلوش فورمان عن 86 عاما`. Its words run to the sentence's end, past commas and
/// quotation marks (the age often follows the name's apposition: `رحلت ...، ماري إليس، عن
/// عمر`).
const DEPARTED: ClauseNoun = ClauseNoun {
    is_verb: event::is_departed_verb,
    max: event::MAX_DEPARTED_WORDS,
    stop: is_full_stop,
    tells: event::departed_life,
    noun: "رحيل",
};

/// The opening verb of `rule` (token `lo`, kept from byte `from`) as its noun, where the kept
/// words after it tell the event.
fn clause_noun(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
    rule: &ClauseNoun,
) -> Option<Rewrite> {
    rewrite_word(doc, toks, keep, lo, from, |w, _| {
        if !(rule.is_verb)(w) {
            return None;
        }
        let words = kept_words_after(doc, toks, keep, lo, rule.max, rule.stop);
        (rule.tells)(&words).then(|| rule.noun.to_string())
    })
}

/// An opening passive whose subject is a listed dual (`قتل شخصان في مواجهات` → `مقتل شخصين
/// في مواجهات`, `قتل فلسطينيان اثنان` → `مقتل فلسطينيين اثنين`): the verb as its noun and the
/// dual (with an `اثنان` or `آخران` after it) in the genitive, the words rewritten and the
/// index of the last ([`event::dual_event_noun`]).
fn dual_noun(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<(Vec<Rewrite>, usize)> {
    let mut kept = (lo + 1..toks.len()).filter(|&k| is_kept(keep, k));
    let dual = kept.next().filter(|&k| toks[k].kind == TokenKind::Arabic)?;
    let dual_genitive = event::dual_genitive(doc.original(&toks[dual]))?;
    let mut words = vec![(dual, dual_genitive.as_str())];
    let mut next = kept.next();
    // `اثنان`, `آخران` after it.
    if let Some((j, g)) =
        next.and_then(|j| Some((j, event::others_genitive(doc.original(&toks[j]))?)))
    {
        words.push((j, g));
        next = kept.next();
    }
    let after: Vec<&str> = next
        .filter(|&j| toks[j].kind == TokenKind::Arabic)
        .map(|j| doc.original(&toks[j]))
        .into_iter()
        .collect();
    let noun = rewrite_word(doc, toks, keep, lo, from, |w, _| {
        event::dual_event_noun(w, &after).map(str::to_string)
    })?;
    let last = words.last().map_or(lo, |&(j, _)| j);
    let mut out = vec![noun];
    out.extend(genitive_rewrites(doc, toks, &words));
    Some((out, last))
}

/// The kept words after token `lo` (as written), at most `max`, past the punctuation that
/// does not `stop` them (normalized).
fn kept_words_after<'d>(
    doc: &'d Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    max: usize,
    stop: impl Fn(&str) -> bool,
) -> Vec<&'d str> {
    let mut words = Vec::new();
    for u in (lo + 1..toks.len())
        .filter(|&k| is_kept(keep, k))
        .map(|k| &toks[k])
    {
        if u.kind == TokenKind::Punct {
            if stop(doc.norm(u)) {
                break;
            }
            continue;
        }
        words.push(doc.original(u));
        if words.len() == max {
            break;
        }
    }
    words
}

/// `لقي ... مصرعه` opening what is kept (token `lo`, from byte `from`) as `مصرع ...`: the verb
/// written as the noun and `مصرعه` deleted, with the space before it (a rewrite to nothing),
/// and the index of its token. Only where the subject between them is words alone (no
/// punctuation, whose commas the deletion would leave doubled) that the noun reads right with
/// (see [`event::met_death`]).
fn met_death_noun(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<(Vec<Rewrite>, usize)> {
    let t = &toks[lo];
    if t.kind != TokenKind::Arabic || from >= t.end {
        return None;
    }
    // The verb first: almost no sentence opens with it, and only then is its clause read.
    let word = &doc.text()[from.max(t.start)..t.end];
    if !event::is_met_death_verb(word) {
        return None;
    }
    let mut subject = Vec::new();
    let mut prev = lo;
    for k in (lo + 1..toks.len()).take(MAX_COORDINATED_EVENT) {
        if !is_kept(keep, k) || !toks[k].kind.is_word() {
            return None;
        }
        let w = doc.norm(&toks[k]);
        // `مصرعه`, `مصرعها`, `مصرعهم`, `مصرعهما`, `مصرعهن`: his, her, their death.
        if w.strip_prefix("مصرع")
            .is_some_and(|p| matches!(p, "ه" | "ها" | "هم" | "هما" | "هن"))
        {
            if !event::met_death(word, &subject) {
                return None;
            }
            let noun = Rewrite {
                start: from.max(t.start),
                end: t.end,
                text: "مصرع".to_string(),
            };
            // The word and the space right before it; anything else between the words (a
            // lone tatweel) stays.
            let gap = &doc.text()[toks[prev].end..toks[k].start];
            let space = gap.len() - gap.trim_end().len();
            let gone = Rewrite {
                start: if space > 0 {
                    toks[k].start - space
                } else {
                    toks[prev].end
                },
                end: toks[k].end,
                text: String::new(),
            };
            return Some((vec![noun, gone], k));
        }
        subject.push(doc.original(&toks[k]));
        prev = k;
    }
    None
}

/// Words that open a frame before a statement (`وفي رد على سؤال،`, `وعن زيارتها،`,
/// `وفي الجزائر،`), normalized, also after `و`: [`FRAME_OPENERS`] and `عن` ("as for").
pub(super) fn opens_frame(w: &str) -> bool {
    bare_or_conjoined(w, |x| FRAME_OPENERS.contains(&x) || x == "عن" || x == "ردا")
}

/// A frame opening what is kept, up to its comma, when a verb of saying follows the comma
/// (see [`opens_frame`]): at most [`MAX_FRAME_WORDS`] words, no quotation or bracket inside.
/// The caller keeps it deleted only if the statement is quoted.
pub(super) fn frame_before_speech(
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &[bool],
) -> Option<(usize, usize)> {
    let first = (0..toks.len()).find(|&k| keep[k])?;
    if toks[first].kind != TokenKind::Arabic || !opens_frame(norm[first]) {
        return None;
    }
    // A question's frame holds the question (`وردا على سؤال عما إذا كان اللاعب سيشارك في
    // النهائي ضد ليفربول،`): it may run longer.
    let question =
        (first + 1..toks.len().min(first + 4)).any(|k| matches!(norm[k], "سؤال" | "سوال"));
    let most = if question {
        MAX_QUESTION_FRAME_WORDS
    } else {
        MAX_FRAME_WORDS
    };
    let mut words = 0;
    for k in first + 1..toks.len() {
        if !keep[k] {
            continue;
        }
        let w = norm[k];
        if w == "," {
            let next = (k + 1..toks.len()).find(|&j| keep[j])?;
            return (words >= 1
                && toks[next].kind == TokenKind::Arabic
                && speech::is_saying_verb(norm[next]))
            .then_some((first, k));
        }
        if !toks[k].kind.is_word() && w != "/" {
            return None;
        }
        words += 1;
        if words > most {
            return None;
        }
    }
    None
}

/// Most words in a frame before a statement that holds a question (see
/// [`frame_before_speech`]).
const MAX_QUESTION_FRAME_WORDS: usize = 20;

/// How far into what was said a `قد` before its perfect is looked for (its subject's words).
pub(super) const MAX_WORDS_BEFORE_QAD: usize = 6;

/// Words that open a fronted frame (`في موقف غير مسبوق، شن الرئيس ...`), normalized.
const FRAME_OPENERS: &[&str] = &["في", "مع", "رغم", "بعد", "وسط", "خلال", "اثر", "عقب"];
/// Most words in a fronted frame.
const MAX_FRAME_WORDS: usize = 10;

/// Most words in a fronted frame that [`drop_fronted_frame`] deletes: since the comma closing
/// a frame is no cut (see `frame_comma` in [`compress`]), a longer frame would fill the
/// headline with the circumstance and leave the verb bare (`بعد وقت قصير من دخول العقوبات
/// الأميركية على النظام الإيراني حيز التنفيذ، هدد`).
const MAX_FRONTED_FRAME_WORDS: usize = 20;

/// [`CompressOptions::fronted_frame`]: delete a frame opening what is kept, up to the comma
/// closing it, when a listed verb's perfect follows.
pub(super) fn drop_fronted_frame(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    norm: &[&str],
    keep: &mut [bool],
) {
    let Some(first) = (0..toks.len()).find(|&k| keep[k]) else {
        return;
    };
    if !FRAME_OPENERS.contains(&norm[first]) {
        return;
    }
    let mut words = 0;
    for k in first + 1..toks.len() {
        if !keep[k] {
            continue;
        }
        let w = norm[k];
        // A date or a number dates or qualifies the verb; a quotation or bracket may hold
        // the comma.
        if toks[k].kind == TokenKind::Number
            || MONTHS.contains(&w)
            || PAST_MARKS.contains(&w)
            || matches!(w, "\"" | "(" | ")" | "القرن")
        {
            return;
        }
        if w == "," {
            let next = (k + 1..toks.len()).find(|&j| keep[j]);
            if let Some(j) = next {
                if words >= 2
                    && toks[j].kind == TokenKind::Arabic
                    && tense::is_listed_perfect(doc.original(&toks[j]))
                {
                    keep[first..=k].iter_mut().for_each(|x| *x = false);
                }
            }
            return;
        }
        if !toks[k].kind.is_word() {
            return;
        }
        words += 1;
        if words > MAX_FRONTED_FRAME_WORDS {
            return;
        }
    }
}

/// A coordinated passive at token `k` (from byte `from`, past its `و`) whose subject is a
/// count and/or `آخرون` (`وأصيب 200 آخرون`, `وأصيب آخرون`, `وأصيب اثنان`, `واصيب عشرة
/// آخرون`, `وأصيب اثنان آخران`), as its event noun and the subject's words that show the
/// nominative in the genitive (`آخرين`, `اثنين`): the words rewritten, the noun first.
fn noun_and_genitive(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    k: usize,
    from: usize,
) -> Option<Vec<Rewrite>> {
    let mut next = (k + 1..toks.len()).filter(|&j| is_kept(keep, j));
    let first = next.next()?;
    let second = next.next();
    // The subject as the noun's genitive: a word's genitive, or the word itself when its
    // case does not show (a number).
    let genitive = |j: usize| event::others_genitive(doc.original(&toks[j]));
    let unmarked =
        |j: usize| toks[j].kind == TokenKind::Number || COUNT_WORDS.contains(&doc.norm(&toks[j]));
    let mut words: Vec<(usize, &str)> = Vec::new();
    if let Some(g) = genitive(first) {
        words.push((first, g));
        // `اثنان آخران`.
        if let Some(j) = second.filter(|&j| genitive(j).is_some()) {
            words.push((j, genitive(j)?));
        }
    } else if unmarked(first) {
        words.push((first, doc.original(&toks[first])));
        words.push((second?, genitive(second?)?));
    } else {
        return None;
    }
    let after: Vec<&str> = words.iter().map(|&(_, w)| w).collect();
    let noun = rewrite_word(doc, toks, keep, k, from, |w, _| {
        event_noun(w, &after).map(str::to_string)
    })?;
    let mut out = vec![noun];
    out.extend(genitive_rewrites(doc, toks, &words));
    Some(out)
}

/// The subject's words (token, genitive) written anew after an event noun: those whose
/// genitive differs from the article's word (a number stays as written).
fn genitive_rewrites<'w>(
    doc: &'w Analysis<'_>,
    toks: &'w [AnalyzedToken],
    words: &'w [(usize, &str)],
) -> impl Iterator<Item = Rewrite> + 'w {
    words
        .iter()
        .filter(|&&(j, g)| doc.original(&toks[j]) != g)
        .map(|&(j, g)| Rewrite {
            start: toks[j].start,
            end: toks[j].end,
            text: g.to_string(),
        })
}

/// How many tokens after an opening event noun a passive coordinated with it may come (`قُتل
/// نحو 19 شخصا على الأقل وأصيب`).
const MAX_COORDINATED_EVENT: usize = 12;

/// The present tense of the verb that opens what is kept and, when it has one, of each verb
/// that a comma and `و` coordinate with it in its clause (`يقول ...، ويدعو إلى ...`: one
/// sentence, one tense). Not past a relative pronoun, whose clause has its own time (`الذي
/// فاز بالجائزة، وأصبح`), nor a verb whose own clause is dated in the past.
pub(super) fn present_tense_verbs(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Vec<Rewrite> {
    let Some(opening) = present_tense_verb(doc, toks, keep, lo, from) else {
        return Vec::new();
    };
    // `ي` or `ت`: the person and gender a coordinated verb must share.
    let person = opening.text.chars().next();
    // A masculine verb before a plural of people: a plural verb after it is theirs too
    // (`ينفذ عمال الحضائر تحركات احتجاجية، وقاموا بقطع` → `، ويقومون بقطع`).
    let plural = person == Some('ي') && subject_names_people_in_plural(doc, toks, keep, lo);
    let mut out = vec![opening];
    out.extend(coordinated_verbs(doc, toks, keep, lo, person, plural));
    // `هاجم ثلاثة أشخاص مسجدا، وذبحوا ...`: a coordinated verb of the subject that no rule
    // tells in the present keeps the narration in the past (`يهاجم ...، وذبحوا` mixes them).
    if leaves_plural_perfect(doc, toks, keep, lo, &out) {
        return Vec::new();
    }
    out
}

/// The present of a speaker's own plural perfect at token `v` (after `إنهم`: `قال باحثون إنهم
/// اكتشفوا` → `باحثون يكتشفون`, [`tense::present_plural`]), unless the sentence says `أمس` or
/// the verb's clause is dated in the past.
pub(super) fn own_plural_present(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    v: usize,
) -> Vec<Rewrite> {
    if toks.iter().any(|t| YESTERDAY.contains(&doc.norm(t)))
        || main_clause_says_past(doc, &toks[v], &toks[v + 1..])
    {
        return Vec::new();
    }
    present_plural_at(doc, toks, keep, v, toks[v].start)
        .into_iter()
        .collect()
}

/// Token `k` (kept from byte `from`), a listed verb's masculine plural perfect, in the present
/// plural ([`tense::present_plural`]: `قاموا` → `يقومون`).
fn present_plural_at(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    k: usize,
    from: usize,
) -> Option<Rewrite> {
    rewrite_word(doc, toks, keep, k, from, |w, following| {
        tense::present_plural(w, following.first().copied())
    })
}

/// Words that open a clause of circumstance, whose verbs have a subject and time of their own
/// (`بعدما تغلب الفريق ... وردوا`), normalized.
pub(super) const SUBORDINATORS: &[&str] = &[
    "بعد",
    "بعدما",
    "قبل",
    "عندما",
    "حين",
    "حينما",
    "لان",
    "حيث",
    "كما",
    "حسبما",
    "بينما",
    "فيما",
    "اذ",
    "لما",
    "اثر",
    "عقب",
    "كي",
    "لكي",
    "حتى",
];

/// Whether the clause of the verb at token `lo` coordinates with it a plural perfect (see
/// [`is_coordinated_plural_perfect`]: `وأضرموا`, `واتهموه`) that `rewritten` left as written, past any quotation (more than three words in quotation marks: `يضيف "... واجهوا"`,
/// `لافتات كتب عليها "..."، ورددوا`). The clause ends at a relative, a complementizer, a
/// subordinator, a colon or a plural perfect without `و` (`لصوص سرقوا ... وفروا`: an
/// asyndetic relative clause). Not an imperfect (`كي ... وينالوا`) or `وليسوا`.
fn leaves_plural_perfect(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    rewritten: &[Rewrite],
) -> bool {
    // Before a verb of saying's `إن` such a verb is in its subject (`قالت صبية اختطفها مسلحو
    // التنظيم وباعوها ... إنها`), a relative clause of its own.
    let saying = speech::is_saying_verb(doc.norm(&toks[lo]));
    // Inside quotation marks, and whether what they hold is a quotation (its verbs are not
    // the subject's).
    let (mut quoted, mut quotation) = (false, false);
    for k in (lo + 1..toks.len()).filter(|&k| is_kept(keep, k)) {
        let t = &toks[k];
        let w = doc.norm(t);
        if w == "\"" {
            quoted = !quoted;
            quotation = quoted
                && toks[k + 1..]
                    .iter()
                    .take_while(|u| doc.norm(u) != "\"")
                    .filter(|u| u.kind.is_word())
                    .count()
                    > 3;
            continue;
        }
        if quotation {
            continue;
        }
        if RELATIVES.contains(&w)
            || COMPLEMENTIZERS.contains(&w)
            || SUBORDINATORS.contains(&w)
            || w == ":"
        {
            return false;
        }
        if t.kind != TokenKind::Arabic {
            continue;
        }
        if is_coordinated_plural_perfect(w) {
            if saying
                && toks[k + 1..]
                    .iter()
                    .any(|u| COMPLEMENTIZERS.contains(&doc.norm(u)))
            {
                return false;
            }
            if !rewritten.iter().any(|r| r.start < t.end && t.start < r.end) {
                return true;
            }
        } else if !w.starts_with('و') && w.ends_with("وا") && w.chars().count() >= 4 {
            return false;
        }
    }
    false
}

/// `و` and a plural perfect by its shape (normalized): a stem of three letters or more before
/// `وا` or before `و` and an object pronoun (`وأضرموا`, `وقتلوا`, `واعتبروه`, `وأجبروهم`),
/// not a noun with `ال`, an imperfect (`وينالوا`) or `وليسوا`.
pub(super) fn is_coordinated_plural_perfect(w: &str) -> bool {
    w.strip_prefix('و').is_some_and(|v| {
        ["وا", "وه", "وها", "وهم", "وهما", "وهن"].iter().any(|end| {
            v.strip_suffix(end)
                .is_some_and(|stem| stem.chars().count() >= 3)
        }) && !v.starts_with("ال")
            && !v.starts_with('ي')
            && v != "ليسوا"
    })
}

/// Whether the subject after the verb at token `lo` opens with a plural of people (`يحذر
/// مسؤولو الصحة`, `يؤكد القادة الماليون`, `يهاجم ثلاثة أشخاص`, `يقتحم 3 مسلحين`, past a time:
/// `ينفذ اليوم الجمعة 17 مارس عمال`): its first word that is not a time, a month or a count.
fn subject_names_people_in_plural(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
) -> bool {
    let mut counted = false;
    for k in (lo + 1..toks.len()).filter(|&k| is_kept(keep, k)).take(8) {
        let w = doc.norm(&toks[k]);
        match toks[k].kind {
            TokenKind::Number => counted = true,
            TokenKind::Arabic if event::QUANTITIES.contains(&w) => counted = true,
            TokenKind::Arabic if speech::is_time_word(w) || MONTHS.contains(&w) => {}
            TokenKind::Arabic => {
                // After a count, a sound plural in the genitive (`3 مسلحين`).
                return tense::names_people_in_plural(w)
                    || counted && w.ends_with("ين") && w.chars().count() >= 5;
            }
            _ => return false,
        }
    }
    false
}

/// The present tense of each verb that a comma and `و` coordinate, in the clause opened by
/// the verb at token `lo`, with that verb (see [`present_tense_verbs`]): of `person` (`ي`
/// or `ت`, the opening verb's present's first letter), or with `plural` (the opening verb's
/// subject a plural of people) in the masculine plural, before any `إن`/`أن` (whose clause
/// has a subject of its own). Called once that verb is told in the present, so the sentence
/// does not say `أمس`.
fn coordinated_verbs(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    person: Option<char>,
    mut plural: bool,
) -> Vec<Rewrite> {
    let mut out = Vec::new();
    let mut prev: Option<usize> = None;
    // A listed verb with an object pronoun since the opening verb (`حفل نظمته الحركة`): an
    // asyndetic relative clause, whose own coordinated verb takes up its head again
    // (`، ودعت إليه`).
    let mut relative = false;
    // A bare complementizer seen (the speaker-first rule starts the scan at its own), and a
    // listed perfect after it (see below): the words after it that may be one are only
    // gathered here, and looked up when a coordinated verb needs the answer (looking each up
    // as it came had cost 2 % of a standfirst).
    let mut that = matches!(doc.norm(&toks[lo]), "ان" | "بان");
    let mut maybe_told: Vec<usize> = Vec::new();
    let mut told = false;
    // Inside a quotation the words are someone's own, in their tense (`"... وانتهى الأمر
    // باختطاف"`, `"... وهنا يجب"` had read `ويهنئ`). Marks pair in order, when they pair.
    let paired = toks
        .iter()
        .filter(|t| doc.norm(t) == "\"")
        .count()
        .is_multiple_of(2);
    let mut quoted = false;
    // Since the opening verb, a word that opened a clause of its own (a subordinator, a
    // complementizer, `ما`, another finite verb): a verb `و` joins to it without a comma may be
    // that clause's.
    let mut embedded = false;
    // Where the words not yet read for such a clause begin (see below).
    let mut unread_from = lo + 1;
    for k in lo + 1..toks.len() {
        let w = doc.norm(&toks[k]);
        if w == "«" || w == "»" || paired && w == "\"" {
            quoted = w == "«" || w == "\"" && !quoted;
        }
        if !is_kept(keep, k) || quoted {
            continue;
        }
        // A relative clause may run on to the coordinated verb (`الحكومة التي أعلنت ...،
        // وقررت`); but one whose verb is of the other gender does not take up a verb of the
        // opening verb's (`ينفي نتنياهو التهم التي وجهتها إليه الشرطة، وقال` → `ويقول`).
        if RELATIVES.contains(&w) {
            let other_gender = matches!(w, "الذي" | "التي")
                && person.is_some_and(|p| {
                    (k + 1..toks.len())
                        .find(|&j| is_kept(keep, j))
                        .filter(|&j| tense::is_listed_perfect(doc.original(&toks[j])))
                        .and_then(|j| tense::perfect_person(doc.norm(&toks[j])))
                        .is_some_and(|q| q != p)
                });
            if !other_gender {
                break;
            }
            continue;
        }
        plural &= !COMPLEMENTIZERS.contains(&w);
        // A subject of its own follows a bare `أن`/`إن`; `أنها`, `إنه` tell of the speaker.
        that |= matches!(w, "ان" | "بان");
        let after_comma = prev.is_some_and(|p| doc.norm(&toks[p]) == ",");
        // Right after the opening verb no noun stands (`اكتشف ودمر`).
        let adjacent = prev.is_none() && k == lo + 1;
        prev = Some(k);
        let t = &toks[k];
        let original = doc.original(t);
        let Some(verb) = original.strip_prefix('و') else {
            relative |=
                t.kind == TokenKind::Arabic && tense::is_listed_perfect_with_object(original);
            if that && !told && t.kind == TokenKind::Arabic {
                maybe_told.push(k);
            }
            continue;
        };
        // A verbal noun of the fourth form is written with `إ` where its perfect has `أ`
        // (`إيقاف الكاتب وإحالته` "and his referral", not `أحالته` "she referred him").
        if t.kind != TokenKind::Arabic || verb.is_empty() || verb.starts_with('إ') {
            continue;
        }
        // Without a comma only while no clause of its own has opened since the opening verb
        // (`ينتقد ترامب إيران واتهم مسؤوليها` → `ويتهم`, `اكتشف ودمر` → `يكتشف ويدمر`; not
        // `اعتقلت الشرطة رجلا قتل زوجته وهرب`, the man's, nor `مما أثار جدلا وحظي`).
        // And not a bare sound perfect of three letters, spelled as its verbal noun is (`في
        // أعمال الحفر ورفع الأنقاض`, `مداخلة ورد`); a hollow or defective one shows its alef
        // (`وعاد`, `ودعا`).
        if !after_comma {
            let letters = verb.chars().filter(|c| c.is_alphabetic()).count();
            let noun_like =
                letters < 4 && !verb.ends_with('ت') && !verb.contains(['ا', 'ى']) && !adjacent;
            let listed =
                tense::is_listed_perfect(verb) || plural && is_coordinated_plural_perfect(w);
            if noun_like || !listed {
                // An unlisted verb by its shape still opens a clause of its own.
                embedded |= tense::is_derived_perfect(verb);
                continue;
            }
            // The words since the last look, read only now: reading every word as it came
            // had cost 8 % of a standfirst. Words with `و` were read as such above.
            embedded = embedded
                || (unread_from..k).filter(|&j| is_kept(keep, j)).any(|j| {
                    let u = &toks[j];
                    let o = doc.original(u);
                    u.kind == TokenKind::Arabic
                        && !o.starts_with('و')
                        && (opens_embedded_clause(doc.norm(u)) || is_verb_by_list_or_shape(o))
                });
            unread_from = k + 1;
            if embedded {
                continue;
            }
        }
        // After `أن`/`إن`, its own subject and a listed perfect, a verb that `و` joins goes on
        // telling what was said (`أعلنت الهيئة أن المحكمة ألغت الحكم، وقررت`: the court
        // decided), in its tense; after a clause without a listed verb it is the speaker's
        // again (`أعلنت الوزارة أن الوضع مستقر، ودعت`).
        // A verb of saying goes on with the speaker's words (`يقول إن المعارك انتهت، وأكد`).
        // Not a listed spelling after a preposition, a verbal noun's (`بشأن فرض`).
        told = told
            || maybe_told.drain(..).any(|j| {
                !governs_noun(doc.norm(&toks[j - 1]))
                    && tense::is_listed_perfect(doc.original(&toks[j]))
            });
        if told && !speech::is_saying_verb(doc.norm(t).strip_prefix('و').unwrap_or("")) {
            break;
        }
        let resumes = || {
            (k + 1..toks.len())
                .find(|&j| is_kept(keep, j))
                .is_some_and(|j| RESUMPTIVES.contains(&doc.norm(&toks[j])))
        };
        if relative && resumes() {
            break;
        }
        // The verb after `و` is judged like an opening one, its clause from there on; it
        // agrees with the opening verb, as the same subject's would (`قالت الوزارة إن ...،
        // ودعت`; not `قال الوزير إن الحكومة ...، وقررت`, the government's).
        let agrees = |r: &Rewrite| r.text.chars().next() == person;
        let from = t.end - verb.len();
        if let Some(r) = clause_present(doc, toks, keep, k, from).filter(agrees) {
            out.push(r);
        } else if plural && !main_clause_says_past(doc, &toks[k], &toks[k + 1..]) {
            out.extend(present_plural_at(doc, toks, keep, k, from));
        } else {
            // A verb left as written is another subject's or another time's: its clause runs on.
            embedded |= is_verb_by_list_or_shape(verb);
        }
    }
    out
}

/// Whether `word` (as written) is a finite verb: a listed one, or a derived perfect by its
/// shape ([`tense::is_derived_perfect`]).
fn is_verb_by_list_or_shape(word: &str) -> bool {
    tense::is_listed_verb(word) || tense::is_derived_perfect(word)
}

/// Whether `w` (normalized) opens a clause of its own: a subordinator, a complementizer, `ما`
/// and its compounds, `لكن`, `ثم`, or `كان` (an asyndetic relative: `سكينا كان مخبأ`).
fn opens_embedded_clause(w: &str) -> bool {
    SUBORDINATORS.contains(&w)
        || COMPLEMENTIZERS.contains(&w)
        || matches!(
            w,
            "ما" | "مما"
                | "بما"
                | "لما"
                | "لكن"
                | "لكنه"
                | "لكنها"
                | "ثم"
                | "كان"
                | "كانت"
                | "كانوا"
        )
}

/// A preposition with a pronoun right after a verb, taking up the head of a relative clause
/// (`حفل نظمته الحركة، ودعت إليه`), normalized.
const RESUMPTIVES: &[&str] = &[
    "اليه",
    "اليها",
    "فيه",
    "فيها",
    "عليه",
    "عليها",
    "منه",
    "منها",
    "عنه",
    "عنها",
    "له",
    "لها",
    "به",
    "بها",
];

/// The present tense of the verb that token `lo` (kept) holds from byte `from` on (see
/// [`CompressOptions::present_tense`]): past an opening conjunction the kept span starts
/// inside the token (`وقال` → `قال`).
fn present_tense_verb(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<Rewrite> {
    // A sentence that says `أمس` tells a past event; once the date is deleted (headlines),
    // the present is the headline's own tense for it. Not one a relative clause after the
    // verb says (`أعلن ... فوز أردوغان في الانتخابات التي جرت أمس`: the election's day), but
    // for one set off by a comma, which mostly describes the subject (`شهدت مقابلة زمبيا و
    // جنوب إفريقيا، التي دارت يوم أمس`: what the match saw was yesterday too).
    let mut relative = false;
    let mut prev = "";
    for (k, t) in toks.iter().enumerate().filter(|&(k, _)| is_kept(keep, k)) {
        let w = doc.norm(t);
        relative |= k > lo && RELATIVES.contains(&w) && prev != ",";
        if YESTERDAY.contains(&w) && !relative {
            return None;
        }
        prev = w;
    }
    // A date the rules deleted before the opening verb dates it as one after it does (`في
    // أغسطس/آب 2016، فازت قطر` keeps `فازت`).
    if lo > 0
        && (0..lo).all(|k| !is_kept(keep, k))
        && main_clause_says_past(doc, &toks[lo], &toks[..lo])
    {
        return None;
    }
    clause_present(doc, toks, keep, lo, from)
}

/// [`present_tense_verb`] in a sentence known not to say `أمس`: only a main clause dated in
/// the past keeps the verb as written.
fn clause_present(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
) -> Option<Rewrite> {
    // The word test first: the clause scan is the costlier.
    if evacuates(doc, toks, keep, lo)
        || speaks_in_first_person(doc, toks, keep, lo)
        // (Past its `و`, `دعت` is read on its own: `، ودعت` → `، وتدعو`.)
        || from <= toks[lo].start && calls_to(doc, toks, keep, lo)
        || main_clause_says_past(doc, &toks[lo], toks.get(lo + 1..)?)
    {
        return None;
    }
    rewrite_word(doc, toks, keep, lo, from, |w, following| {
        let next = following.first().copied();
        present(w, next)
            .or_else(|| tense::present_with_object(w, next))
            .or_else(|| {
                // The kept words of its clause, read only for the verbs it knows.
                if !tense::reads_evidence(w) {
                    return None;
                }
                let words: Vec<&str> = (lo + 1..toks.len())
                    .filter(|&k| is_kept(keep, k))
                    .map(|k| &toks[k])
                    // Past the quotation marks of a name (`فندق "ريتز كارلتون" أبوابه`) and
                    // an apposition's commas (`عبر الوزير، مايك بومبيو، عن`).
                    .filter(|t| !matches!(doc.norm(t), "\"" | ","))
                    .take_while(|t| t.kind.is_word())
                    .map(|t| doc.norm(t))
                    // One more than it reads: `عن` at the limit is tested against `طريق`.
                    .take(tense::MAX_EVIDENCE_WORDS + 1)
                    .collect();
                tense::present_by_evidence(w, &words)
            })
    })
}

/// Whether token `lo` is `ودعت`/`ودعوا` ("and she called", `و` + `دعت`) with `إلى` later in
/// its sentence (`ودعت الحكومة الألمانية إلى اجتماع`), not `ودّعت` ("bade farewell", `ودعت
/// النجمة جمهورها`), whose present `تودع` it had been given; kept as written, as any
/// opening verb with its `و` is.
fn calls_to(doc: &Analysis<'_>, toks: &[AnalyzedToken], keep: Option<&[bool]>, lo: usize) -> bool {
    matches!(doc.norm(&toks[lo]), "ودعت" | "ودعوا" | "ودعتا")
        && (lo + 1..toks.len())
            .filter(|&k| is_kept(keep, k))
            .take(MAX_OPENING_CLAUSE_WORDS)
            .map(|k| doc.norm(&toks[k]))
            .take_while(|w| !matches!(*w, "." | "!" | "?"))
            .any(|w| w == "الي")
}

/// Words that only the first person says of itself (normalized): `أنني`, `إنني`, `أني`,
/// `معي`, `بنفسي`.
const FIRST_PERSON_WORDS: &[&str] = &["انني", "اني", "معي", "بنفسي"];

/// Most kept words after an opening verb read for its person or its `إلى`.
const MAX_OPENING_CLAUSE_WORDS: usize = 20;

/// Whether the opening perfect at token `lo` in `-ت` is the first person (`حاولت أن أؤدي`,
/// `عثرت على جروة وأحضرتها معي`): its present `تحاول` would be "she tries". No subject with
/// the article follows it (`أكدت الوزارة`), and before a full stop, a colon or a quotation
/// the clause says `أنني`/`معي`/..., `لم`/`لن`/`سوف` before a verb in `أ-`, or it opens
/// `أن` and a word in `أ-` that is no listed perfect (`قررت أن أترك`).
fn speaks_in_first_person(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
) -> bool {
    if !doc.original(&toks[lo]).ends_with('ت') {
        return false;
    }
    let kept = (lo + 1..toks.len()).filter(|&k| is_kept(keep, k));
    let Some(next) = kept.clone().next() else {
        return false;
    };
    if doc.norm(&toks[next]).starts_with("ال") {
        return false;
    }
    let mut prev: Option<usize> = None;
    for k in kept.take(MAX_OPENING_CLAUSE_WORDS) {
        let w = doc.norm(&toks[k]);
        if matches!(w, "." | ":" | "\"" | "!" | "?" | "؟") {
            return false;
        }
        if FIRST_PERSON_WORDS.contains(&w) {
            return true;
        }
        let o = doc.original(&toks[k]);
        if let Some(p) = prev {
            let before = doc.norm(&toks[p]);
            let that = p == next && doc.original(&toks[p]) == "أن";
            if o.starts_with('أ')
                && o.chars().count() >= 3
                && (matches!(before, "لم" | "لن" | "سوف") || that && !tense::is_listed_perfect(o))
            {
                return true;
            }
        }
        prev = Some(k);
    }
    false
}

/// Words for people moved out of a place (normalized): the object of `أجلت` "evacuated",
/// which is also `أجّلت` "postponed" unvowelled.
const EVACUEES: &[&str] = &[
    "سكان",
    "السكان",
    "سكانا",
    "المدنيين",
    "مدنيين",
    "رعايا",
    "رعاياها",
    "مواطنين",
    "المواطنين",
    "عائلات",
    "العائلات",
    "الاف",
    "مئات",
    "المئات",
    "عشرات",
    "العشرات",
    "شخص",
    "شخصا",
    "اشخاص",
    "الاشخاص",
    "جرحى",
    "الجرحى",
    "مصابين",
    "المصابين",
    "بحارا",
    "بحارة",
    "سياحا",
    "السياح",
    "تجارا",
    "الاجانب",
    "اجانب",
    "ركاب",
    "الركاب",
    "اطفال",
    "الاطفال",
    "مرضى",
    "المرضى",
    "سكانها",
];

/// Whether token `lo` is `أجلت` with people among the (up to eight) kept words after it,
/// before punctuation: "evacuated" (`أجلت السلطات 300 شخص`), which has no present of its own
/// in the table (`تؤجل` is "postpones").
fn evacuates(doc: &Analysis<'_>, toks: &[AnalyzedToken], keep: Option<&[bool]>, lo: usize) -> bool {
    let w = doc.norm(&toks[lo]);
    (w == "اجلت" || w == "واجلت")
        && (lo + 1..toks.len())
            .filter(|&k| is_kept(keep, k))
            .take(8)
            .take_while(|&k| toks[k].kind.is_word())
            .any(|k| {
                let u = doc.norm(&toks[k]);
                toks[k].kind == TokenKind::Number || EVACUEES.contains(&u)
            })
}

/// Token `lo` (kept, Arabic) from byte `from` on, written as `rewrite` says given the (up to
/// two) kept words that follow it before any punctuation.
fn rewrite_word(
    doc: &Analysis<'_>,
    toks: &[AnalyzedToken],
    keep: Option<&[bool]>,
    lo: usize,
    from: usize,
    rewrite: impl Fn(&str, &[&str]) -> Option<String>,
) -> Option<Rewrite> {
    let t = toks.get(lo)?;
    if t.kind != TokenKind::Arabic {
        return None;
    }
    // The next two kept words, past an opening quotation mark (`أعلن "تحالف دعم الشرعية"`),
    // up to punctuation.
    let kept_after = (lo + 1..toks.len())
        .filter(|&k| is_kept(keep, k))
        .skip_while(|&k| doc.norm(&toks[k]) == "\"");
    let mut following = [""; 2];
    let mut n = 0;
    for k in kept_after.take(2) {
        if !toks[k].kind.is_word() {
            break;
        }
        following[n] = doc.original(&toks[k]);
        n += 1;
    }
    let start = from.max(t.start);
    if start >= t.end {
        return None;
    }
    let text = rewrite(&doc.text()[start..t.end], &following[..n])?;
    Some(Rewrite {
        start,
        end: t.end,
        text,
    })
}
