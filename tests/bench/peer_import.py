#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The import's peer (issue 11): what a practice could script with the `phonenumbers` package
(Debian: python3-phonenumbers) and the standard sqlite3 module. Reads an Outlook-style CSV, keeps
rows whose mobile is a valid GB number, stores E.164 and the number type, one transaction.
Usage: peer_import.py CSV DB   (prints rows stored and seconds)."""
import csv, sqlite3, sys, time

import phonenumbers

start = time.perf_counter()
db = sqlite3.connect(sys.argv[2])
db.execute("CREATE TABLE IF NOT EXISTS clients (id INTEGER PRIMARY KEY, name TEXT, phone TEXT, type INTEGER, email TEXT)")
stored = 0
with open(sys.argv[1], newline="", encoding="utf-8") as f, db:
    for row in csv.DictReader(f):
        try:
            n = phonenumbers.parse(row["Mobile Phone"], "GB")
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(n):
            continue
        db.execute("INSERT INTO clients (name, phone, type, email) VALUES (?, ?, ?, ?)",
                   (row["First Name"] + " " + row["Last Name"],
                    phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164),
                    phonenumbers.number_type(n), row["E-mail Address"]))
        stored += 1
print(stored, round(time.perf_counter() - start, 3))
