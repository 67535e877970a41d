// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/MedicalVocabulary.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace rapport::services {

/// Finds, builds and shares the analyser's medical vocabulary for a language, read at run time from
/// the installed word lists (never copied into Rapport):
///   en: /usr/share/hunspell/en_med_glut.dic (Debian `hunspell-en-med`), filtered against
///       /usr/share/dict/british-english and american-english (`wbritish`, `wamerican`);
///   de: /usr/share/hunspell/de_med.dic (`hunspell-de-med`), filtered against /usr/share/dict/ngerman
///       (`wngerman`).
/// `$RAPPORT_DICTIONARY_DIR` replaces /usr/share (a folder with hunspell/ and dict/ inside): tests
/// point it at a folder of their own, or at an empty one to see the analyser without the vocabulary.
///
/// Built once per process and language (about 0.1 s), off the GUI thread when preload() is called
/// early; thread-safe.
class MedicalVocabularies {
    Q_DECLARE_TR_FUNCTIONS(MedicalVocabularies)

public:
    struct Status {
        bool available = false; ///< a vocabulary was built and holds words
        bool ready = false;     ///< building has finished (available or not)
        QString summary;        ///< one sentence for the settings dialog
        int words = 0;
        qint64 buildMs = 0;
        domain::MedicalVocabulary::Origin origin;
    };

    /// Starts building the vocabulary for `language` on a worker thread and returns at once.
    static void preload(const QString& language = QStringLiteral("en"));
    /// The vocabulary, building it (or waiting for the preload) first. Empty when the word lists are
    /// not installed; never null.
    static std::shared_ptr<const domain::MedicalVocabulary> get(const QString& language = QStringLiteral("en"));
    /// The vocabulary when it is built, else null (for the GUI thread, which must not wait).
    static std::shared_ptr<const domain::MedicalVocabulary> ifReady(const QString& language = QStringLiteral("en"));
    /// What the settings dialog says; builds nothing (ready is false until a build finished).
    static Status status(const QString& language = QStringLiteral("en"));

    /// A fresh, uncached build from the lists under `root` (a /usr/share-like folder), for tests and
    /// benchmarks; `status` receives what happened.
    static std::shared_ptr<const domain::MedicalVocabulary> build(const QString& language, const QString& root,
                                                                  Status* status = nullptr);
    /// $RAPPORT_DICTIONARY_DIR, or /usr/share.
    static QString defaultRoot();
};

} // namespace rapport::services
