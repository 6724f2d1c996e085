#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks an iCalendar file written by Upgrade Planner with python3-vobject, the parser many
calendar tools build on. Exits 0 when the file parses and matches the expectations, 1 with a
message otherwise, 77 when vobject is missing (the test then skips).

usage: check_ics.py FILE --events N --summary PREFIX [--tzid ZONE]
                    [--start-utc YYYY-MM-DDTHH:MM ...] [--end-utc ...]
"""
import argparse
import datetime
import sys

try:
    import vobject
except ImportError:
    print("python3-vobject is not installed")
    sys.exit(77)


def fail(message):
    print("check_ics: " + message)
    sys.exit(1)


def utc_text(value):
    return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("file")
    parser.add_argument("--events", type=int, required=True)
    parser.add_argument("--summary", required=True)
    parser.add_argument("--tzid")
    parser.add_argument("--start-utc", nargs="*", default=[])
    parser.add_argument("--end-utc", nargs="*", default=[])
    args = parser.parse_args()

    with open(args.file, "rb") as f:
        raw = f.read()
    try:
        calendar = vobject.readOne(raw.decode("utf-8"))
    except Exception as error:  # vobject raises several kinds of parse errors
        fail("vobject cannot parse the file: %s" % error)

    if calendar.name != "VCALENDAR":
        fail("top component is %s" % calendar.name)
    if calendar.version.value != "2.0":
        fail("VERSION is %s" % calendar.version.value)
    if args.tzid:
        zones = [tz.tzid.value for tz in calendar.contents.get("vtimezone", [])]
        if args.tzid not in zones:
            fail("no VTIMEZONE %s (found %s)" % (args.tzid, zones))

    events = calendar.contents.get("vevent", [])
    if len(events) != args.events:
        fail("%d events, expected %d" % (len(events), args.events))
    uids = set()
    for i, event in enumerate(events):
        start = event.dtstart.value
        end = event.dtend.value
        if not isinstance(start, datetime.datetime) or start.tzinfo is None:
            fail("event %d: DTSTART %r is not a time-zone-aware date-time" % (i, start))
        if end.tzinfo is None or end <= start:
            fail("event %d: DTEND %r is not after DTSTART" % (i, end))
        if not event.summary.value.startswith(args.summary):
            fail("event %d: SUMMARY %r does not start with %r" % (i, event.summary.value,
                                                                  args.summary))
        if not event.dtstamp.value.tzinfo:
            fail("event %d: DTSTAMP is not UTC" % i)
        uid = event.uid.value
        if uid in uids:
            fail("event %d: UID %s used twice" % (i, uid))
        uids.add(uid)
        if i < len(args.start_utc) and utc_text(start) != args.start_utc[i]:
            fail("event %d starts %s UTC, expected %s" % (i, utc_text(start), args.start_utc[i]))
        if i < len(args.end_utc) and utc_text(end) != args.end_utc[i]:
            fail("event %d ends %s UTC, expected %s" % (i, utc_text(end), args.end_utc[i]))
    print("check_ics: %d events OK" % len(events))
    return 0


if __name__ == "__main__":
    sys.exit(main())
