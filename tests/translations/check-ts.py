#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Every translation file is complete and keeps what the program fills in.

For each translations/upgrade-planner_LANG.ts given: no message is unfinished or empty; every
placeholder of the source (%1..%99, %n, %L1) is in the translation as often; numerus messages have
the language's number of forms, each with %n where the source has it; a mnemonic (&X) in the
source gives exactly one in the translation. Prints each problem with its context and source.
Usage: check-ts.py FILE.ts... (exit 1 on any problem)
"""
import re
import sys
import xml.etree.ElementTree as ET

FORMS = {"de": 2, "zh_CN": 1, "en": 2}
PLACEHOLDER = re.compile(r"%L?(?:\d{1,2}|n)")
MNEMONIC = re.compile(r"&(?![&\s]|[a-z]+;|#\d+;)")


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = root.get("language")
    forms = FORMS.get(lang)
    if forms is None:
        return ["%s: unknown language %r" % (path, lang)]
    count = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            count += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = "%s: [%s] %r" % (path, name, source[:70])
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                problems.append(where + ": not translated")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.iter("numerusform")]
                if len(texts) != forms:
                    problems.append(where + ": %d plural forms, %s has %d" % (len(texts), lang, forms))
            else:
                texts = ["".join(translation.itertext())]
            wanted = sorted(PLACEHOLDER.findall(source))
            for text in texts:
                if not text.strip() and source.strip():
                    problems.append(where + ": empty translation")
                    continue
                got = sorted(PLACEHOLDER.findall(text))
                if got != wanted:
                    problems.append(where + ": placeholders %s, translation has %s" % (wanted, got))
                if MNEMONIC.search(source) and len(MNEMONIC.findall(text)) != 1:
                    problems.append(where + ": the mnemonic (&) is missing or doubled: %r" % text)
    if count == 0:
        problems.append("%s: holds no message" % path)
    return problems


def main():
    problems = []
    for path in sys.argv[1:]:
        problems += check(path)
    for p in problems:
        print(p)
    print("check-ts: %d file(s), %d problem(s)" % (len(sys.argv) - 1, len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
