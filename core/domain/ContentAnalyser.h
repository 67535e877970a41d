// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Analysis.h"
#include "domain/Channel.h"
#include "domain/Lexicon.h"
#include "domain/MedicalVocabulary.h"

#include <QString>
#include <memory>
#include <optional>

namespace rapport::domain {

/// What the analyser may know about the draft besides its text.
struct AnalysisContext {
    QString practiceName;                 ///< for the lint `no-practice-identification`
    QString practitioner;                 ///< full name; the first name alone also identifies
    bool firstMessageToClient = false;    ///< no outbound message to this client yet
    std::optional<Purpose> chosenPurpose; ///< the user's choice; only the lint reads it
    /// The client's names (full and preferred): like the practice's and practitioner's names, never
    /// a medical-vocabulary finding ("Mrs Müller" is not the anatomist's eponym).
    QString clientNames;
};

/// Step 1 of channel-policy.md: reads a draft and returns findings, the inferred purpose,
/// sensitive/delicate flags, SMS figures and etiquette hints. Pure and thread-compatible
/// (const methods only); one instance can serve many drafts.
class ContentAnalyser {
public:
    /// `medical` is the second tier (see MedicalVocabulary); null or empty reads with the lexicon alone.
    explicit ContentAnalyser(Lexicon lexicon = Lexicon::builtin(),
                             std::shared_ptr<const MedicalVocabulary> medical = nullptr);

    /// Findings are ordered by start, non-overlapping, spans in Unicode code points. An identifier
    /// wins over any overlapping term, a longer phrase over a shorter one. `purpose` is always the
    /// inferred one (clinical > marketing > scheduling > admin > general), whatever ctx says.
    Analysis analyse(const QString& text, const AnalysisContext& ctx = {}) const;

    const Lexicon& lexicon() const { return m_lexicon; }
    /// The medical vocabulary in use, or null.
    const MedicalVocabulary* medical() const { return m_medical && !m_medical->isEmpty() ? m_medical.get() : nullptr; }

private:
    Lexicon m_lexicon;
    std::shared_ptr<const MedicalVocabulary> m_medical;
};

} // namespace rapport::domain
