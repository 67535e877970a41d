// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/ClientListReader.h"

#include "domain/ImportText.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

namespace rapport::io {

namespace {

QString labelFromTypes(const QStringList& types, bool phone)
{
    static const QVector<QPair<QString, QString>> kPhoneLabels{
        {QStringLiteral("IPHONE"), QStringLiteral("iPhone")}, {QStringLiteral("CELL"), QStringLiteral("Mobile")},
        {QStringLiteral("MOBILE"), QStringLiteral("Mobile")}, {QStringLiteral("HOME"), QStringLiteral("Home")},
        {QStringLiteral("WORK"), QStringLiteral("Work")},     {QStringLiteral("MAIN"), QStringLiteral("Main")},
        {QStringLiteral("TEXT"), QStringLiteral("Mobile")},   {QStringLiteral("CAR"), QStringLiteral("Car")},
        {QStringLiteral("OTHER"), QStringLiteral("Other")}};
    static const QVector<QPair<QString, QString>> kEmailLabels{{QStringLiteral("HOME"), QStringLiteral("Home")},
                                                               {QStringLiteral("WORK"), QStringLiteral("Work")},
                                                               {QStringLiteral("OTHER"), QStringLiteral("Other")}};
    for (const auto& [type, label] : phone ? kPhoneLabels : kEmailLabels)
        if (types.contains(type))
            return label;
    return {};
}

QString telValue(QString value)
{
    value = value.trimmed();
    if (value.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        value = value.mid(4);
    const qsizetype semicolon = value.indexOf(QLatin1Char(';')); // URI parameters such as ;ext=
    if (semicolon >= 0)
        value = value.left(semicolon);
    return value.trimmed();
}

} // namespace

ClientListReader::ClientListReader(QIODevice* device, ImportFormat format, char delimiter)
    : m_device(device), m_format(format), m_delimiter(delimiter)
{
}

bool ClientListReader::fail(const domain::Error& error)
{
    m_error = error;
    m_done = true;
    return false;
}

domain::Status ClientListReader::open()
{
    m_opened = true;
    if (!m_device || !m_device->isReadable()) {
        fail(domain::Error::invalid(tr("the file cannot be read")));
        return m_error;
    }
    if (m_format == ImportFormat::Auto) {
        QByteArray head = m_device->peek(4096);
        if (head.startsWith("\xEF\xBB\xBF"))
            head.remove(0, 3);
        m_format = head.trimmed().toUpper().startsWith("BEGIN:VCARD") ? ImportFormat::VCard : ImportFormat::Csv;
    }
    if (m_format == ImportFormat::VCard) {
        m_vcard = std::make_unique<VCardReader>(m_device);
        return std::nullopt;
    }
    char delimiter = m_delimiter;
    if (delimiter == 0) {
        constexpr qsizetype kSniffBytes = 64 * 1024;
        const QByteArray head = m_device->peek(kSniffBytes);
        delimiter = CsvReader::sniffDelimiter(head, head.size() < kSniffBytes);
    }
    m_csv = std::make_unique<CsvReader>(m_device, CsvLimits{}, delimiter);
    CsvRecord header;
    if (!m_csv->next(header)) {
        fail(m_csv->error() ? *m_csv->error() : domain::Error::invalid(tr("the file is empty")));
        return m_error;
    }
    m_headerLine = header.line;
    for (auto& h : header.fields)
        h = h.trimmed();
    m_mapping = ColumnMapping::detect(header.fields);
    watchUnnamedColumns();
    return std::nullopt;
}

QString ClientListReader::formatName() const
{
    if (m_format == ImportFormat::VCard)
        return m_vcardVersion.isEmpty() ? QStringLiteral("vCard") : QStringLiteral("vCard ") + m_vcardVersion;
    return m_mapping.formatName;
}

void ClientListReader::setMapping(const ColumnMapping& mapping)
{
    const QStringList header = m_mapping.header;
    m_mapping = mapping;
    m_mapping.header = header;
    m_mapping.roles.resize(header.size());
    watchUnnamedColumns();
}

void ClientListReader::watchUnnamedColumns()
{
    m_unnamedIgnored.clear();
    m_unnamedFilled.clear();
    for (int i = 0; i < m_mapping.header.size(); ++i)
        if (m_mapping.roles.value(i).field == ColumnField::Ignore && m_mapping.header.at(i).isEmpty())
            m_unnamedIgnored.push_back(i);
}

QStringList ClientListReader::unimportedColumns() const
{
    QStringList out;
    for (int i = 0; i < m_mapping.header.size(); ++i) {
        if (m_mapping.roles.value(i).field != ColumnField::Ignore)
            continue;
        if (!m_mapping.header.at(i).isEmpty())
            out.push_back(m_mapping.header.at(i));
        else if (m_unnamedFilled.contains(i))
            out.push_back(tr("column %1").arg(i + 1));
    }
    return out;
}

bool ClientListReader::next(ImportRecord& record)
{
    if (!m_opened && open())
        return false;
    if (m_done)
        return false;
    if (m_vcard) {
        VCard card;
        if (!m_vcard->next(card)) {
            if (m_vcard->error())
                return fail(*m_vcard->error());
            if (m_count == 0)
                return fail(domain::Error::invalid(tr("the file holds no vCard")));
            m_done = true;
            return false;
        }
        if (m_vcardVersion.isEmpty())
            m_vcardVersion = card.version;
        record = fromVCard(card);
        ++m_count;
        return true;
    }
    CsvRecord row;
    if (!m_csv->next(row)) {
        if (m_csv->error())
            return fail(*m_csv->error());
        if (m_count == 0)
            return fail(domain::Error::invalid(tr("the file has a header line but no client rows")));
        m_done = true;
        return false;
    }
    const qsizetype width = m_mapping.header.size();
    if (row.fields.size() > width) {
        for (qsizetype i = width; i < row.fields.size(); ++i)
            if (!row.fields.at(i).trimmed().isEmpty())
                return fail(domain::Error::invalid(tr("line %1: the row has %2 fields but the header has %3")
                                                       .arg(row.line)
                                                       .arg(row.fields.size())
                                                       .arg(width)));
    }
    for (qsizetype k = 0; k < m_unnamedIgnored.size();) {
        const int column = m_unnamedIgnored.at(k);
        if (column < row.fields.size() && !row.fields.at(column).trimmed().isEmpty()) {
            m_unnamedFilled.push_back(column);
            m_unnamedIgnored.removeAt(k);
        } else {
            ++k;
        }
    }
    record = m_mapping.apply(row.fields, row.line);
    ++m_count;
    return true;
}

domain::Result<ImportBatch> ClientListReader::readAll(QIODevice* device, ImportFormat format,
                                                      const ColumnMapping* mapping, char delimiter)
{
    ClientListReader reader(device, format, delimiter);
    if (auto error = reader.open())
        return *error;
    if (mapping && reader.format() == ImportFormat::Csv)
        reader.setMapping(*mapping);
    if (reader.format() == ImportFormat::Csv && !reader.mapping().mapsAnything())
        return domain::Error::invalid(
            tr("line 1: no column of the header was recognised as a name, phone or email (%1)")
                .arg(reader.mapping().header.mid(0, 10).join(QStringLiteral(", "))));
    ImportBatch batch;
    ImportRecord record;
    while (reader.next(record))
        batch.records.push_back(std::move(record));
    if (reader.error())
        return *reader.error();
    batch.formatName = reader.formatName();
    batch.delimiter = reader.delimiter();
    batch.mapping = reader.mapping();
    batch.unimportedColumns = reader.unimportedColumns();
    return batch;
}

domain::Result<ImportBatch> ClientListReader::readFile(const QString& path, ImportFormat format,
                                                       const ColumnMapping* mapping, char delimiter)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return domain::Error::invalid(tr("cannot open %1: %2").arg(path, file.errorString()));
    return readAll(&file, format, mapping, delimiter);
}

ImportRecord ClientListReader::fromVCard(const VCard& card)
{
    ImportRecord record;
    record.line = card.line;
    record.warnings = card.problems;
    QHash<QString, QString> groupLabels;
    for (const auto& p : card.properties)
        if (p.name == QLatin1String("X-ABLABEL") && !p.group.isEmpty())
            groupLabels.insert(p.group.toLower(), cleanLabel(VCardReader::unescape(p.value)));

    QString formatted;
    for (const auto& p : card.properties) {
        const QString groupLabel = p.group.isEmpty() ? QString() : groupLabels.value(p.group.toLower());
        if (p.name == QLatin1String("FN")) {
            if (formatted.isEmpty())
                formatted = VCardReader::unescape(p.value).simplified();
        } else if (p.name == QLatin1String("N")) {
            const QStringList parts = VCardReader::splitStructured(p.value);
            record.lastName = parts.value(0).simplified();
            record.firstName = parts.value(1).simplified();
            record.middleName = parts.value(2).simplified();
        } else if (p.name == QLatin1String("NICKNAME")) {
            if (record.preferredName.isEmpty())
                record.preferredName = VCardReader::unescape(p.value).section(QLatin1Char(','), 0, 0).trimmed();
        } else if (p.name == QLatin1String("TEL")) {
            const QStringList types = p.types();
            const bool mobileType = types.contains(QStringLiteral("CELL")) ||
                                    types.contains(QStringLiteral("IPHONE")) ||
                                    types.contains(QStringLiteral("TEXT")) || types.contains(QStringLiteral("MOBILE"));
            if (types.contains(QStringLiteral("FAX")) && !mobileType && !types.contains(QStringLiteral("VOICE")))
                continue;
            RawPhone phone;
            phone.value = telValue(VCardReader::unescape(p.value));
            phone.label = groupLabel.isEmpty() ? labelFromTypes(types, true) : groupLabel;
            phone.mobileHint = mobileType || isMobileLabel(phone.label);
            if (!phone.value.isEmpty())
                record.phones.push_back(phone);
        } else if (p.name == QLatin1String("EMAIL")) {
            QString value = VCardReader::unescape(p.value).trimmed();
            if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
                value = value.mid(7);
            if (value.isEmpty())
                continue;
            if (isValidEmail(value))
                record.emails.push_back(
                    RawEmail{value, groupLabel.isEmpty() ? labelFromTypes(p.types(), false) : groupLabel});
            else
                record.problems.push_back(tr("invalid email '%1'").arg(value));
        } else if (p.name == QLatin1String("NOTE")) {
            const QString note = VCardReader::unescape(p.value).trimmed();
            if (!note.isEmpty())
                record.notes += (record.notes.isEmpty() ? QString() : QStringLiteral("\n")) + note;
        } else if (p.name == QLatin1String("TZ")) {
            const QString tz = VCardReader::unescape(p.value).trimmed();
            if (tz.contains(QLatin1Char('/')) && record.timeZone.isEmpty())
                record.timeZone = tz;
        }
    }
    if (!formatted.isEmpty()) {
        record.name = formatted;
    } else {
        QStringList parts;
        for (const QString* s : {&record.firstName, &record.middleName, &record.lastName})
            if (!s->isEmpty())
                parts.push_back(*s);
        record.name = parts.join(QLatin1Char(' '));
    }
    if (record.name.isEmpty())
        record.problems.prepend(tr("no name"));
    return record;
}

} // namespace rapport::io
