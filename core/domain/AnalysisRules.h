// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the content analyser (ContentAnalyser.cpp): the items it resolves and the sentence
// rules that work on them. Not an API of the domain; kept apart so each rule can be read alone.

#include "domain/Lexicon.h"
#include "domain/MedicalVocabulary.h"

#include <QPair>
#include <QSet>
#include <QString>
#include <QVector>

#include <initializer_list>

namespace rapport::domain::analysis {

using Kind = Lexicon::Kind;

/// A lexicon match kept after overlap resolution, over tokens [first, last].
struct Item {
    int first = 0;
    int last = 0;
    Kind kind = Kind::Clinical;
    bool alive = true;
    const char* source = "lexicon"; ///< Finding::source
};

/// Words that may sit between a body part and a symptom without breaking the link.
const QSet<QString>& glueWords();

/// The token's text as the lexicon compares it.
QString folded(const QString& text, const Lexicon::Token& t);
/// A set of Latin-1 words.
QSet<QString> wordSet(std::initializer_list<const char*> words);
/// . ! ? ; : a line break or a parenthesis: no link crosses it.
bool isSentenceBreak(QChar c);

/// Sentence number of each token: a break is . ! ? ; or a line break between two tokens, where a
/// dot counts only when whitespace or the end follows it ("£45.00", "3.30pm" and "e.g." stay whole).
QVector<int> sentenceOf(const QString& text, const QVector<Lexicon::Token>& tokens);

/// Rule `service-name`: a booked service written in title case ("your Chiropractic Adjustment on
/// Tue", "Sports Injury Massage", "Initial Physiotherapy Assessment") is the name of what was
/// booked, not clinical: the run, from its first capitalised word to the last service word in it,
/// becomes one scheduling match that shadows the clinical words inside (channel-policy.md step 1).
QVector<QPair<int, int>> serviceNames(const QString& text, const QVector<Lexicon::Token>& tokens);

/// "3:00 PM" and "3.30 pm": a match that starts at the minutes starts at the hour.
void extendTimes(const QString& text, const QVector<Lexicon::Token>& tokens, QVector<Item>& items);

/// The second tier: a word no lexicon entry matched that the medical vocabulary lists is clinical.
void addMedicalWords(const QString& text, const QVector<Lexicon::Token>& tokens, const QVector<int>& sentence,
                     const QVector<bool>& covered, const MedicalVocabulary& medical, const QSet<QString>& names,
                     QVector<Item>& items);

/// Rule `fee-charge`: a charge or fee in the same sentence as a cancelled, missed or late session
/// is delicate ("you will be charged the full appointment fee", "it is my policy to charge
/// clients who cancel with less than 24 hours notice"), unless the sentence is delicate already.
void feeCharges(const QString& text, const QVector<Lexicon::Token>& tokens, const QVector<int>& sentence,
                QVector<Item>& items);

/// Rule `money-off`: money off or money given ("$50 off", "€20 off", "£10.00 off your next visit",
/// "a $25 credit", "get another £10"), and an offer price ("for just $49", "only £30", "(a $200
/// value)") are promotional; any other amount of money is admin (a price or a payment: "€50 on the
/// day"), unless a finding holds it already.
void moneyRules(const QString& text, const QVector<Lexicon::Token>& tokens, QVector<Item>& items);

/// Rule `clock-time`: "7:40am", "10.15am", "3:00 PM", "2:45", "12.30" (hour 0 to 23, two-digit
/// minutes) and "at 11", "at 7 pm", "at 10 past" (an hour from 1 to 12 after "at", not followed by
/// a unit or a capitalised name: "at 12 weeks", "at 5 Main Street") are times of a booking. A
/// dotted time after a currency sign is a price ("£12.30"). Any other finding on the time gives way.
void clockTimes(const QString& text, const QVector<Lexicon::Token>& tokens, QVector<Item>& items);

/// Rule `offer`: "free" before a service or an event ("a free 15 minute massage", "free posture
/// talk", not "feel free to book a session") and a sentence that starts with a capitalised "Book"
/// and says "now" or "today" ("Book your spring tune-up now") are promotional.
void offers(const QString& text, const QVector<Lexicon::Token>& tokens, const QVector<int>& sentence,
            QVector<Item>& items);

} // namespace rapport::domain::analysis
