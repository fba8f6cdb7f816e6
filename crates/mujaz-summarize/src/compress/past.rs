//! Whether a clause is dated in the past (`أمس`, a past year, `ذات مرة`, `في ذلك الوقت`):
//! there the opening verb keeps the tense the article wrote it in.

use super::*;

/// What `ذات` makes "once" or "one ..." (`ذات مرة`, `ذات يوم`, `ذات ليلة`), normalized.
const ONCE: &[&str] = &["مرة", "يوم", "يوما", "ليلة", "صباح", "مساء", "صيف", "شتاء"];

/// Ordinals of past centuries after `القرن` (normalized): the 1st to the 20th but the 11th,
/// whose `الحادي` is also the 21st's (`الثاني` alone: the 12th's `عشر` follows it).
const PAST_CENTURIES: &[&str] = &[
    "العشرين",
    "التاسع",
    "الثامن",
    "السابع",
    "السادس",
    "الخامس",
    "الرابع",
    "الثالث",
    "الثاني",
    "الاول",
    "العاشر",
];

/// Words for "at that time" and "later", "after it" (normalized).
const THEN: &[&str] = &[
    // "In olden times" (`شكلت الأشعار قديما نواة ...` had become `تشكل`).
    "قديما",
    "انذاك",
    "حينذاك",
    "حينئذ",
    "وقتذاك",
    "وقتئذ",
    "حينها",
    "وقتها",
    // "On that day" (`توج دي لويس يومها بجائزة` had become `يتوج`).
    "يومها",
    "لاحقا",
    "بعدها",
    "بعده",
];

/// Words that date an event in the past (`العام الماضي`, `في أكتوبر الماضي`).
pub(super) const PAST_MARKS: &[&str] = &["الماضي", "الماضية", "الفائت", "الفائتة"];
/// The last century's decades from the thirties (normalized, both plurals): a time the
/// clause is set in. Not the twenties, which may be this century's.
const DECADES: &[&str] = &[
    "الثلاثينيات",
    "الثلاثينات",
    "الاربعينيات",
    "الاربعينات",
    "الخمسينيات",
    "الخمسينات",
    "الستينيات",
    "الستينات",
    "السبعينيات",
    "السبعينات",
    "الثمانينيات",
    "الثمانينات",
    "التسعينيات",
    "التسعينات",
];
/// True when the clause after an opening verb dates it in the past (`أعلن ولي العهد في
/// أكتوبر الماضي`, `دفع كوسبي تسوية في عام 2006`): its present would contradict the date.
/// The clause ends at a comma, a complementizer, a relative pronoun or another listed verb's
/// perfect (`يقول ... إنه لم يكتب رسالة في عام 2015`, `تتهم ... طائرة أسقطتها قبل شهرين`
/// tell the saying and the accusing in the present rightly).
pub(super) fn main_clause_says_past(
    doc: &Analysis<'_>,
    verb: &AnalyzedToken,
    rest: &[AnalyzedToken],
) -> bool {
    // `تمكن أردوغان قبل سنة من تمرير`: the `من` after the length of time is the verb's own.
    let own_min = speech::achieved_with(doc.norm(verb)) == Some("من");
    // A count of times (`12 مرة`) since then (`منذ 2011`, `منذ بدء الصراع`) is told in the
    // past, each time an event; a state since then stays present (`يسيطر الحوثيون منذ
    // 2014`), and so does a first time (`لأول مرة منذ`).
    let mut counted = false;
    let mut said = false;
    let mut quoted = false;
    // The two words before each one: `في` + year, `في عام` + year.
    let (mut before, mut before2) = ("", "");
    for (i, t) in rest.iter().enumerate() {
        let w = doc.norm(t);
        // A date opening the sentence (`وفي مايو 2016،`) reads as one after `في`.
        let w = if i == 0 && w == "وفي" { "في" } else { w };
        counted |= matches!(w, "مرة" | "مرات")
            && (i > 0 && (rest[i - 1].kind == TokenKind::Number || COUNT_WORDS.contains(&before)));
        if counted && w == "منذ" {
            return true;
        }
        // A second finite verb opens a clause of its own too, an asyndetic relative one
        // (`تتهم ... طائرة أسقطتها قبل نحو شهرين`) or a circumstance; not the word right after
        // the verb, its subject (`انخفضت أسهم الشركة`: `أسهم` is "shares"). "Later" (`في وقت
        // لاحق`, `فيما بعد`), as `لاحقا` is, is read first: the clause test takes `لاحق` for a
        // perfect ("pursued") and `فيما` for "whereas".
        let later = before2 == "في" && before == "وقت" && w == "لاحق"
            || w == "فيما" && rest.get(i + 1).is_some_and(|n| doc.norm(n) == "بعد");
        if later && !said && !quoted {
            return true;
        }
        let subject =
            i == 0 && t.kind == TokenKind::Arabic && tense::is_listed_perfect(doc.original(t));
        if opens_own_clause(doc, t) && !subject {
            return false;
        }
        if w == "," {
            return closes_with_past_date(doc, &rest[i..])
                || !said && dated_insertion(doc, &rest[i..]);
        }
        // After a colon, what was said or listed has begun.
        said |= w == ":";
        // Inside a quotation (a name in quotation marks closes its own).
        quoted ^= w == "\"";
        // `قبل 13 عاما`, `قبل ستة أشهر`, `قبل نحو 20 عاما`, `قبل يومين` ("ago"), not `قبل
        // أيام من الانتخابات` ("before").
        let ago = DURATIONS.contains(&w)
            && follows_qabl(doc, &rest[..i])
            && (own_min || rest.get(i + 1).is_none_or(|next| doc.norm(next) != "من"));
        // `منذ قليل`, `قبل لحظات`: "a while ago", "moments ago"; `في وقت سابق`: "earlier"
        // (not `سابقا`, mostly "former": `المصنفة الأولى عالميا سابقا`).
        let lately = matches!(w, "قليل" | "لحظات") && matches!(before, "منذ" | "قبل")
            || w == "سابق" && before == "وقت" && before2 == "في";
        // `ذات مرة`, `ذات يوم` ("once", "one day"), `آنذاك`, `حينها`, `في ذلك الوقت` ("at the
        // time"), `لاحقا` ("later"), `بعد ذلك`, `قبل الميلاد` ("BC") tell of a past the present would
        // contradict (`قال غولر ذات مرة`); not in a quotation, which they date instead (`أضاف
        // "اقتنعت بها لاحقا"`).
        let then = before == "ذات" && ONCE.contains(&w)
            || THEN.contains(&w)
            || before == "بعد" && w == "ذلك"
            // `في ذلك الوقت`, `في ذلك الحين` ("at the time"), not `في الوقت ذاته` ("meanwhile").
            || before2 == "في" && before == "ذلك" && matches!(w, "الوقت" | "الحين")
            // "At first" (`في البداية`, `أول الأمر`, `في بادئ الأمر`): what came after has
            // happened too (`انخفضت أسهم فيسبوك في البداية` had become `تنخفض`).
            || before == "في" && w == "البداية"
            || w == "الامر" && matches!(before, "اول" | "بادئ" | "بادي" | "بداية")
            || before == "قبل" && w == "الميلاد"
            // A past century the clause is set in (`في القرن العشرين`, `في أوائل القرن
            // العشرين`, `من القرن العشرين`), not one it refers to (`قانون يعود إلى القرن الثامن
            // عشر`, `منذ القرن`).
            || before == "القرن"
                && PAST_CENTURIES.contains(&w)
                && matches!(
                    before2,
                    "في" | "من" | "اوائل" | "مطلع" | "بدايات" | "بداية" | "منتصف" | "اواخر" | "نهاية"
                );
        // A past decade the clause is set in (`بدأ نضاله السياسي في التسعينيات`, `في أواخر
        // الثمانينات`), not an age (`امرأة في الأربعينيات من عمرها`).
        let decade = DECADES.contains(&w)
            && (before == "في"
                // The decade is the subject (`شهدت التسعينيات`, `شهدت فترة التسعينيات`).
                || i == 0
                || i == 1 && matches!(before, "فترة" | "حقبة" | "سنوات" | "عقد")
                || before2 == "في"
                    && matches!(
                        before,
                        "اوائل" | "اواخر" | "منتصف" | "مطلع" | "بداية" | "نهاية"
                    ))
            && !(rest.get(i + 1).is_some_and(|n| doc.norm(n) == "من")
                && rest.get(i + 2).is_some_and(|n| doc.norm(n).contains("عمر")));
        if (then || decade) && !said && !quoted {
            return true;
        }
        if ago
            || lately
            || PAST_MARKS.contains(&w)
            // `في 2014`, `في عام 1770`; `حتى عام 1973` ("until", of history only: `جدد عقده
            // حتى عام 2020` is news).
            || ((is_year(w) || is_old_year(w))
                && (before == "في"
                    || before2 == "في" && YEAR_NOUNS.contains(&before)
                    || in_a_dated_month(doc, &rest[..i])
                    // `في 17 مايو من عام 1990`.
                    || before2 == "من"
                        && YEAR_NOUNS.contains(&before)
                        && in_a_dated_month(doc, &rest[..i - 2])))
            || is_old_year(w)
                && (before == "حتي" || before2 == "حتي" && YEAR_NOUNS.contains(&before))
            // A year right after the verb (`انطلقت عام 2004 في سويسرا`, `دخل عام 1988، عالم
            // السياسة`), no noun before it to date instead: the verb's own date, of any year.
            || (is_year(w) || is_old_year(w))
                && i == 1
                && matches!(before, "عام" | "سنة")
            // Between two years of history (`درست القانون بين عامي 1983 و1987`).
            || is_old_year(w) && before == "عامي" && before2 == "بين"
            // A bare `عام 1942` before 1990 (`تسقط سنغافورة في أيدي اليابانيين عام 1942`),
            // not the year of a noun before it (`حدود عام 1967`, `حرب عام 1973`) nor since
            // then (`منذ عام 1979`: a state that holds).
            || is_past_year(w)
                && YEAR_NOUNS.contains(&before)
                && i >= 2
                // Nor the year of a charge (`أنكر تهمة التحرش بامرأة عام 2006`): it dates the
                // act alleged, the denial or trial is the news.
                && !rest[..i].iter().any(|t| CHARGES.contains(&doc.norm(t)))
                && rest[i - 2].kind == TokenKind::Arabic
                && !YEAR_DATED_NOUNS.contains(&before2)
                && !matches!(before2, "منذ" | "من" | "الي" | "بين" | "بحلول" | "عن")
                // Nor a year closing an insertion that the clause's complement follows
                // (`تحصل أسرة المقرحي المدان في اعتداء لوكربي عام 1988، على إعادة النظر`).
                && !(rest.get(i + 1).is_some_and(|n| doc.norm(n) == ",")
                    && rest.get(i + 2).is_some_and(|n| {
                        matches!(doc.norm(n), "علي" | "في" | "من" | "الي" | "عن" | "مع")
                    }))
        {
            return true;
        }
        (before2, before) = (before, w);
    }
    false
}

/// True when `w` (normalized digits) is a year from 1000 to 2009: past for any article of
/// the 2010s on (`ظهرت في حفل عام 1998`).
fn is_past_year(w: &str) -> bool {
    is_old_year(w)
        || w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && ("1990".."2010").contains(&w)
}

/// Words of a charge (normalized): a year after one dates the act alleged.
const CHARGES: &[&str] = &[
    "تهمة",
    "بتهمة",
    "تهم",
    "بتهم",
    "التهم",
    "اتهام",
    "اتهامات",
    "الاتهامات",
    "باتهامات",
];

/// Nouns a year after `عام` dates rather than the clause (normalized, with and without the
/// article): `حدود عام 1967`, `حرب عام 1973`, `ثورة عام 1952`.
const YEAR_DATED_NOUNS: &[&str] = &[
    "حدود",
    "حرب",
    "الحرب",
    "ثورة",
    "الثورة",
    "نكبة",
    "النكبة",
    "نكسة",
    "النكسة",
    "انتخابات",
    "الانتخابات",
    "دستور",
    "الدستور",
    "اتفاقية",
    "الاتفاقية",
    "اتفاق",
    "الاتفاق",
    "معاهدة",
    "المعاهدة",
    "قرار",
    "القرار",
    "مجزرة",
    "المجزرة",
    "كاس",
    "بطولة",
    "البطولة",
    "دورة",
    "الدورة",
    "اولمبياد",
    "نسخة",
    "النسخة",
    "مونديال",
    "المونديال",
    "انقلاب",
    "الانقلاب",
    "غزو",
    "الغزو",
    "احداث",
    "الاحداث",
    "حادث",
    "الحادث",
    "هجمات",
    "الهجمات",
    "زلزال",
    "الزلزال",
    "فيضانات",
    "موسم",
    "الموسم",
    "دفعة",
    "مواليد",
    "جيل",
    "الجيل",
    "خطة",
    "قانون",
    "القانون",
    "ازمة",
    "الازمة",
    "استفتاء",
    "الاستفتاء",
    "ميثاق",
    "اعلان",
    "مؤتمر",
    "المؤتمر",
    "قمة",
    "القمة",
    "فيلم",
    "الفيلم",
    "رواية",
    "كتاب",
    "اغنية",
    "البوم",
    "انتفاضة",
    "الانتفاضة",
    "تمرد",
    "التمرد",
    "مذبحة",
    "المذبحة",
    "كارثة",
    "الكارثة",
];

/// True when `before` ends in `في` and a month, with a day and the month's other name
/// (`في 24 أكتوبر/تشرين الأول`, `في مايو`): a year after it dates the clause.
fn in_a_dated_month(doc: &Analysis<'_>, before: &[AnalyzedToken]) -> bool {
    let month_like = |t: &AnalyzedToken| {
        let w = doc.norm(t);
        w == "/" || MONTHS.contains(&w) || may_be_month_ordinal(w)
    };
    let run = before.iter().rev().take_while(|t| month_like(t)).count();
    let names = &before[before.len() - run..];
    // The run's first month; a run of marks alone is no month.
    let Some(first) = names.iter().position(|t| MONTHS.contains(&doc.norm(t))) else {
        return false;
    };
    let mut lead = before.len() - run + first;
    // `في 22 من أبريل/نيسان 2018`: the day's `من` before the month.
    if lead > 0 && doc.norm(&before[lead - 1]) == "من" {
        lead -= 1;
    }
    before[..lead]
        .iter()
        .rev()
        .take(2)
        .any(|t| matches!(doc.norm(t), "في" | "وفي"))
}

/// True when what follows a comma, with no clause of its own opening before it, is the
/// sentence's last part and a date in the past (`أصدرت السلطات مذكرة اعتقال بحق الأميرة،
/// نجلة العاهل، في أواخر ديسمبر الماضي.`): it dates the main verb.
fn closes_with_past_date(doc: &Analysis<'_>, from_comma: &[AnalyzedToken]) -> bool {
    let last = from_comma
        .iter()
        .rposition(|t| doc.norm(t) == ",")
        .unwrap_or(0);
    if from_comma[..last].iter().any(|t| opens_own_clause(doc, t)) {
        return false;
    }
    let mut tail = from_comma[last + 1..]
        .iter()
        .map(|t| doc.norm(t))
        .filter(|w| !matches!(*w, "." | "!" | "/"));
    tail.next() == Some("في")
        && tail
            .enumerate()
            .last()
            .is_some_and(|(i, w)| i < 6 && PAST_MARKS.contains(&w))
}

/// Whether token `t` opens a clause of its own (a complementizer, a relative, a listed verb's
/// perfect): a date after it may be that clause's, not the main verb's.
fn opens_own_clause(doc: &Analysis<'_>, t: &AnalyzedToken) -> bool {
    // With `و` too (`والذي قتل فيه`, `وأن`).
    bare_or_conjoined(doc.norm(t), |w| {
        COMPLEMENTIZERS.contains(&w) || RELATIVES.contains(&w)
    }) || t.kind == TokenKind::Arabic && tense::is_listed_perfect(doc.original(t))
}

/// Nouns for a year before it (`في عام 2014`), normalized.
const YEAR_NOUNS: &[&str] = &["عام", "العام", "سنة"];

/// True when, before any clause of its own opens, one of the (three) parts between commas
/// from `from_comma` on is a year alone (`تولى فيرون، منصب رئاسة النادي، في عام 2014، بعد
/// أن`): an insertion that dates the main verb.
fn dated_insertion(doc: &Analysis<'_>, from_comma: &[AnalyzedToken]) -> bool {
    // The next three parts at most, up to a colon: further on, a year is another clause's.
    let upto = from_comma
        .iter()
        .position(|t| doc.norm(t) == ":")
        .unwrap_or(from_comma.len());
    for part in from_comma[..upto]
        .split(|t| doc.norm(t) == ",")
        .skip(1)
        .take(3)
    {
        // Its words, but for a full stop or `!`: a year alone is two or three of them.
        let mut words = part
            .iter()
            .map(|t| doc.norm(t))
            .filter(|w| !matches!(*w, "." | "!"));
        let year = match (words.next(), words.next(), words.next(), words.next()) {
            (Some("في" | "عام"), Some(y), None, _) => is_year(y),
            (Some("في"), Some(n), Some(y), None) => YEAR_NOUNS.contains(&n) && is_year(y),
            _ => false,
        };
        if year {
            return true;
        }
        if part.iter().any(|t| opens_own_clause(doc, t)) {
            return false;
        }
    }
    false
}

/// True when `before` ends in `قبل`, alone or with up to three words of a count after it
/// (`قبل`, `قبل 13`, `قبل ستة`, `قبل نحو 20`).
fn follows_qabl(doc: &Analysis<'_>, before: &[AnalyzedToken]) -> bool {
    let counts = before
        .iter()
        .rev()
        .take(3)
        .take_while(|t| t.kind == TokenKind::Number || COUNT_WORDS.contains(&doc.norm(t)))
        .count();
    before
        .len()
        .checked_sub(counts + 1)
        .is_some_and(|j| doc.norm(&before[j]) == "قبل")
}

/// True when `w` (normalized digits) is a year from 1000 to 1989 (`في عام 1770`).
fn is_old_year(w: &str) -> bool {
    w.len() == 4 && w.starts_with('1') && w.bytes().all(|b| b.is_ascii_digit()) && w < "1990"
}
