#!/usr/bin/env python3
"""Turn gold JSONL articles into web pages, to check that `mujaz summarize --html` reads a page
as its plain text: each paragraph a <p> (half of them with quotes escaped as references), the
title as <title> and <h1>, a menu, a cookie notice (its class says so), a news ticker (its
class says nothing), a script and a footer around them (`--no-main`: without the <main> and
<article> that mark the story, so the ticker reads as the page's first sentence).

    python3 scripts/html_pages.py ../shared/data/ant_bbc/dev.jsonl > /tmp/pages.jsonl
    mujaz summarize --html -q /tmp/pages.jsonl > html.out
    mujaz summarize -q ../shared/data/ant_bbc/dev.jsonl > plain.out   # same summaries
"""
import html
import json
import random
import sys

random.seed(1)
COOKIE = (
    '<div class="cookie">نستخدم ملفات تعريف الارتباط لتحسين تجربتك على الموقع، '
    "وبمواصلة التصفح فإنك توافق على ذلك.</div>"
    '<div class="t1">عاجل: انقطاع التيار الكهربائي عن عدة أحياء في العاصمة بسبب عطل فني.</div>'
)
marked = "--no-main" not in sys.argv[2:]
for line in open(sys.argv[1], encoding="utf-8"):
    r = json.loads(line)
    title = html.escape(r.get("title") or "")
    body = "".join(
        "<p>" + html.escape(p, quote=random.random() < 0.5) + "</p>\n"
        for p in r["text"].split("\n")
        if p.strip()
    )
    # A record without a title gets no <title> or <h1> (either would be taken as one).
    head = f"<title>{title} - الموقع</title>" if title else ""
    h1 = f"<h1>{title}</h1>" if title else ""
    page = (
        f'<!DOCTYPE html><html><head><meta charset="utf-8">{head}'
        '<script>var a = "<p>x</p>";</script></head><body><nav><ul><li><a href="/">الرئيسية'
        f"</a></li><li>أخبار</li></ul></nav>{COOKIE}<main><article>{h1}"
        f'<div class="story">{body}</div></article></main><footer>© 2026</footer></body></html>'
    )
    if not marked:
        for tag in ("main", "article"):
            page = page.replace(f"<{tag}>", "<div>").replace(f"</{tag}>", "</div>")
    print(json.dumps({"id": r["id"], "text": page}, ensure_ascii=False))
