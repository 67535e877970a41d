// SPDX-License-Identifier: GPL-3.0-or-later
#include "services/MedicalVocabularies.h"

#include "io/WordLists.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include <future>
#include <mutex>

namespace rapport::services {

namespace {

struct Lists {
    QString medical;
    QStringList general;
    QString package;        ///< the Debian package of the medical list
    QString generalPackage; ///< the Debian package of the first general dictionary
};

/// The general dictionaries are the plain word lists (wbritish, wamerican, wngerman): the Hunspell
/// ones (en_GB.dic) list thousands of drug names and conditions themselves, so filtering against
/// them would leave almost nothing a practitioner writes.
Lists listsFor(const QString& language)
{
    if (language == QLatin1String("de"))
        return {QStringLiteral("hunspell/de_med.dic"),
                {QStringLiteral("dict/ngerman"), QStringLiteral("dict/ogerman")},
                QStringLiteral("hunspell-de-med"),
                QStringLiteral("wngerman")};
    return {QStringLiteral("hunspell/en_med_glut.dic"),
            {QStringLiteral("dict/british-english"), QStringLiteral("dict/american-english")},
            QStringLiteral("hunspell-en-med"),
            QStringLiteral("wbritish")};
}

struct Entry {
    std::shared_future<std::shared_ptr<const domain::MedicalVocabulary>> future;
    MedicalVocabularies::Status status;
};

std::mutex& mutex()
{
    static std::mutex m;
    return m;
}

QHash<QString, std::shared_ptr<Entry>>& entries()
{
    static QHash<QString, std::shared_ptr<Entry>> k;
    return k;
}

std::shared_ptr<Entry> entryFor(const QString& language, bool start)
{
    std::lock_guard<std::mutex> lock(mutex());
    auto& map = entries();
    auto it = map.find(language);
    if (it != map.end())
        return *it;
    if (!start)
        return nullptr;
    auto entry = std::make_shared<Entry>();
    const QString root = MedicalVocabularies::defaultRoot();
    std::weak_ptr<Entry> weak = entry;
    entry->future = std::async(std::launch::async, [language, root, weak] {
                        MedicalVocabularies::Status st;
                        auto v = MedicalVocabularies::build(language, root, &st);
                        if (auto e = weak.lock()) {
                            std::lock_guard<std::mutex> guard(mutex());
                            e->status = st;
                        }
                        return v;
                    }).share();
    map.insert(language, entry);
    return entry;
}

} // namespace

QString MedicalVocabularies::defaultRoot()
{
    const QString env = qEnvironmentVariable("RAPPORT_DICTIONARY_DIR");
    return env.isEmpty() ? QStringLiteral("/usr/share") : env;
}

std::shared_ptr<const domain::MedicalVocabulary> MedicalVocabularies::build(const QString& language,
                                                                            const QString& root, Status* status)
{
    QElapsedTimer timer;
    timer.start();
    Status st;
    auto empty = std::make_shared<const domain::MedicalVocabulary>();
    const Lists lists = listsFor(language);
    const QDir dir(root);
    const QString medicalPath = dir.filePath(lists.medical);
    auto finish = [&](std::shared_ptr<const domain::MedicalVocabulary> v) {
        st.ready = true;
        st.buildMs = timer.elapsed();
        if (status)
            *status = st;
        return v;
    };
    if (!QFileInfo::exists(medicalPath)) {
        st.summary = tr("The medical vocabulary is not installed (Debian package %1): drafts are read with the "
                        "built-in lexicon alone.")
                         .arg(lists.package);
        return finish(empty);
    }
    QStringList generalUsed;
    for (const QString& g : lists.general) {
        if (QFileInfo::exists(dir.filePath(g)))
            generalUsed << dir.filePath(g);
    }
    if (generalUsed.isEmpty()) {
        st.summary = tr("The medical vocabulary (%1) is installed, but no everyday word list to tell medical words "
                        "from everyday ones (Debian package %2): drafts are read with the built-in lexicon alone.")
                         .arg(medicalPath, lists.generalPackage);
        return finish(empty);
    }
    // The builder keeps a reference to the lexicon: it must outlive the builder (a temporary,
    // Builder(Lexicon::builtin()), was destroyed before the first word was read).
    const domain::Lexicon curated = domain::Lexicon::builtin(language);
    domain::MedicalVocabulary::Builder builder(curated);
    if (const domain::Status read = io::readWordList(medicalPath, [&](QStringView w) { builder.addMedical(w); })) {
        st.summary = read->message;
        return finish(empty);
    }
    for (const QString& path : generalUsed) {
        if (const domain::Status read = io::readWordList(path, [&](QStringView w) { builder.addEveryday(w); })) {
            st.summary = read->message;
            return finish(empty);
        }
    }
    domain::MedicalVocabulary::Origin origin;
    origin.medicalList = medicalPath;
    origin.generalLists = generalUsed;
    auto v = std::make_shared<const domain::MedicalVocabulary>(builder.finish(origin));
    st.available = !v->isEmpty();
    st.words = v->size();
    st.origin = v->origin();
    st.summary = tr("Medical vocabulary: %L1 terms from %2 that are not everyday words (%L3 of its %L4 words were "
                    "left out as everyday or already in the built-in lexicon).")
                     .arg(v->size())
                     .arg(medicalPath)
                     .arg(v->origin().everydayRemoved + v->origin().lexiconRemoved)
                     .arg(v->origin().listed);
    return finish(v);
}

namespace {
/// A build still running when the program ends would use the lexicon and Qt after their statics
/// are gone: the application object's destructor waits for it first (at most the 0.15 s a build takes).
void waitForBuilds()
{
    QVector<std::shared_ptr<Entry>> pending;
    {
        std::lock_guard<std::mutex> lock(mutex());
        for (const auto& e : std::as_const(entries()))
            pending << e;
    }
    for (const auto& e : pending)
        e->future.wait();
}
} // namespace

void MedicalVocabularies::preload(const QString& language)
{
    static const bool registered = [] {
        if (QCoreApplication::instance())
            qAddPostRoutine(waitForBuilds);
        return true;
    }();
    Q_UNUSED(registered);
    entryFor(language, true);
}

std::shared_ptr<const domain::MedicalVocabulary> MedicalVocabularies::get(const QString& language)
{
    return entryFor(language, true)->future.get();
}

std::shared_ptr<const domain::MedicalVocabulary> MedicalVocabularies::ifReady(const QString& language)
{
    const auto entry = entryFor(language, false);
    if (!entry || entry->future.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
        return nullptr;
    return entry->future.get();
}

MedicalVocabularies::Status MedicalVocabularies::status(const QString& language)
{
    const auto entry = entryFor(language, false);
    if (!entry)
        return {};
    std::lock_guard<std::mutex> lock(mutex());
    return entry->status;
}

} // namespace rapport::services
