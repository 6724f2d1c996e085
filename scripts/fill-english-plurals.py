#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fills translations/upgrade-planner_en.ts: English singular and plural of every tr() text
with "%n ... (s)", so that "%n step(s)" reads "1 step" and "63 steps".

Refresh after adding such a text (lupdate stalls on core/planning/UpgradeOrdering.cpp, which
has no such text, so it is left out):
  /usr/lib/qt6/bin/lupdate -pluralonly -locations none -no-obsolete -target-language en \\
      $(grep -rl '%n' --include=*.cpp core models views app | grep -v UpgradeOrdering) \\
      -ts translations/upgrade-planner_en.ts
  scripts/fill-english-plurals.py translations/upgrade-planner_en.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
root = tree.getroot()
for context in root.findall('context'):
    for message in list(context.findall('message')):
        source = message.findtext('source') or ''
        if message.get('numerus') != 'yes' or not re.search(r'\((e?s)\)', source):
            context.remove(message)  # nothing to say in English beyond the source
            continue
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        singular = re.sub(r'\((e?s)\)', '', source)
        singular = singular.replace('component depend ', 'component depends ')
        plural = re.sub(r'\((e?s)\)', r'\1', source)
        for text in (singular, plural):
            form = ET.SubElement(translation, 'numerusform')
            form.text = text
    if not context.findall('message'):
        root.remove(context)
ET.indent(tree)
tree.write(path, encoding='utf-8', xml_declaration=True)
