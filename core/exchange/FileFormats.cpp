// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileFormat.h"

#include "FormatList.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <algorithm>

namespace planner {

namespace {

QList<FileFormat> &table()
{
    // One line per format; each format's reader and writer live in its own file.
    static QList<FileFormat> formats = {
        estateJsonFormat(),
        projectFormat(),
        cycloneDxFormat(),
        cmdbCsvFormat(),
        graphMlFormat(),
        dotFormat(),
        // Drawn or scheduled above the core; their writers are provided at start-up.
        announcedFormat(
            QStringLiteral("svg"), QT_TRANSLATE_NOOP("planner::FileFormats", "SVG drawing"),
            {QStringLiteral("svg")},
            QT_TRANSLATE_NOOP("planner::FileFormats",
                              "the dependency graph as SVG, as the graph view draws it"),
            true),
        announcedFormat(QStringLiteral("png"),
                        QT_TRANSLATE_NOOP("planner::FileFormats", "PNG image"),
                        {QStringLiteral("png")},
                        QT_TRANSLATE_NOOP("planner::FileFormats",
                                          "the dependency graph as PNG at 100 % (at most 8000 "
                                          "pixels wide or high)"),
                        true),
        icsFormat(),
    };
    return formats;
}

} // namespace

FileFormat announcedFormat(const QString &name, const char *title, const QStringList &extensions,
                           const char *description, bool needsGui)
{
    FileFormat f;
    f.name = name;
    f.title = title;
    f.extensions = extensions;
    f.description = description;
    f.needsGui = needsGui;
    return f;
}

QString FileFormats::tr(const char *text)
{
    return QCoreApplication::translate("planner::FileFormats", text);
}

QString FileFormat::dialogFilter() const
{
    QStringList patterns;
    for (const QString &extension : extensions)
        patterns.append(QStringLiteral("*.") + extension);
    return QStringLiteral("%1 (%2)").arg(FileFormats::tr(title), patterns.join(u' '));
}

const QList<FileFormat> &FileFormats::all()
{
    return table();
}

const FileFormat *FileFormats::find(const QString &name)
{
    for (const FileFormat &format : table())
        if (format.name.compare(name, Qt::CaseInsensitive) == 0)
            return &format;
    return nullptr;
}

const FileFormat *FileFormats::detect(QByteArrayView head, const QString &fileName)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    const QString suffix = QFileInfo(fileName).suffix();
    const FileFormat *best = nullptr;
    int bestScore = 0;
    bool bestNamed = false;
    for (const FileFormat &format : table()) {
        if (!format.recognise || !format.canRead())
            continue;
        const int score = format.recognise(head);
        if (score <= 0)
            continue;
        const bool named = !suffix.isEmpty()
                           && format.extensions.contains(suffix, Qt::CaseInsensitive);
        if (score > bestScore || (score == bestScore && named && !bestNamed)) {
            best = &format;
            bestScore = score;
            bestNamed = named;
        }
    }
    return best;
}

QStringList FileFormats::names(bool reading)
{
    QStringList out;
    for (const FileFormat &format : table())
        if (reading ? format.canRead() : format.canWrite())
            out.append(format.name);
    return out;
}

QString FileFormats::dialogFilter(bool reading)
{
    QStringList filters;
    QStringList patterns;
    for (const FileFormat &format : table()) {
        if (!(reading ? format.canRead() : format.canWrite()))
            continue;
        filters.append(format.dialogFilter());
        for (const QString &extension : format.extensions)
            if (!patterns.contains(QStringLiteral("*.") + extension))
                patterns.append(QStringLiteral("*.") + extension);
    }
    if (reading && !patterns.isEmpty())
        filters.prepend(tr("All supported files (%1)").arg(patterns.join(u' ')));
    filters.append(tr("All files (*)"));
    return filters.join(QStringLiteral(";;"));
}

void FileFormats::provide(const FileFormat &format)
{
    QList<FileFormat> &formats = table();
    const auto it = std::find_if(formats.begin(), formats.end(),
                                 [&](const FileFormat &f) { return f.name == format.name; });
    if (it == formats.end()) {
        formats.append(format);
        return;
    }
    if (format.read) {
        it->read = format.read;
        it->readOptions = format.readOptions;
    }
    if (format.write) {
        it->write = format.write;
        it->writeOptions = format.writeOptions;
    }
    if (format.recognise)
        it->recognise = format.recognise;
    it->needsGui = it->needsGui || format.needsGui;
}

Expected<FormatOptions> FileFormats::options(const FileFormat &format, bool reading,
                                             const FormatOptions &given)
{
    const QList<FormatOption> &known = reading ? format.readOptions : format.writeOptions;
    FormatOptions out;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        const auto option = std::find_if(known.cbegin(), known.cend(),
                                         [&](const FormatOption &o) { return o.name == it.key(); });
        if (option == known.cend()) {
            QStringList names;
            for (const FormatOption &o : known)
                names.append(o.name);
            return Error{format.name,
                         names.isEmpty()
                             ? tr("takes no option '%1' when %2")
                                   .arg(it.key(), reading ? tr("reading") : tr("writing"))
                             : tr("has no option '%1' when %2 (options: %3)")
                                   .arg(it.key(), reading ? tr("reading") : tr("writing"),
                                        names.join(QStringLiteral(", ")))};
        }
        if (!option->choices.isEmpty() && !option->choices.contains(it.value()))
            return Error{format.name, tr("option '%1' takes %2, not '%3'")
                                          .arg(it.key(), option->choices.join(QStringLiteral(", ")),
                                               it.value())};
        out.insert(it.key(), it.value());
    }
    for (const FormatOption &o : known)
        if (!out.contains(o.name) && !o.defaultValue.isEmpty())
            out.insert(o.name, o.defaultValue);
    return out;
}

} // namespace planner
