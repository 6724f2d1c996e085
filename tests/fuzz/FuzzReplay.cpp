// SPDX-License-Identifier: GPL-3.0-or-later
// The main() of a fuzz target built without libFuzzer (g++, the ordinary build): runs each file
// named, or each file in each folder named, through the target once, like `fuzzer -runs=0`.
// So the ordinary test suite replays the seeds and every input a fuzzer ever found.
#include "FuzzTarget.h"

#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

int main(int argc, char **argv)
{
    if (LLVMFuzzerInitialize(&argc, &argv) != 0)
        return 2;
    int ran = 0;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QFile::decodeName(argv[i]);
        if (arg.startsWith(QLatin1Char('-')))
            continue; // a libFuzzer option
        QStringList files;
        if (QFileInfo(arg).isDir()) {
            QDirIterator it(arg, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                files.append(it.next());
            files.sort();
        } else {
            files.append(arg);
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot be read\n", qPrintable(path));
                return 2;
            }
            const QByteArray data = file.readAll();
            LLVMFuzzerTestOneInput(reinterpret_cast<const std::uint8_t *>(data.constData()),
                                   std::size_t(data.size()));
            ++ran;
        }
    }
    std::printf("replayed %d input(s) without a finding\n", ran);
    return ran > 0 ? 0 : 1;
}
