// SPDX-License-Identifier: GPL-3.0-or-later
// The actions' icons (views/panels/ActionIcons.h): every one is in the resources, is an SVG that
// parses, and is drawn from the vector at every size and scale asked, sharp on a high-DPI
// screen rather than a small picture blown up; and no two look the same.
#include "panels/ActionIcons.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QImageReader>
#include <QPixmap>
#include <QSvgRenderer>
#include <QTest>

using namespace planner;

namespace {

// How many pixels are not fully transparent.
int paintedPixels(const QImage &image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    int painted = 0;
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x)
            painted += qAlpha(argb.pixel(x, y)) > 0;
    return painted;
}

} // namespace

class tst_ActionIcons : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void svgIconEngineIsThere();
    void everyIconIsAValidSvg();
    void drawnAtEverySizeAndScale();
    void noTwoIconsAlike();
};

void tst_ActionIcons::svgIconEngineIsThere()
{
    // Without Qt's SVG plugins (libqt6svg6) every icon would be empty; deps.sh and the .deb
    // bring them.
    QVERIFY(QImageReader::supportedImageFormats().contains("svg"));
}

void tst_ActionIcons::everyIconIsAValidSvg()
{
    QVERIFY(allActionIcons().size() >= 12);
    for (ActionIcon which : allActionIcons()) {
        const QString path = actionIconPath(which);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        QSvgRenderer svg(path);
        QVERIFY2(svg.isValid(), qPrintable(path));
        QCOMPARE(svg.viewBox(), QRect(0, 0, 24, 24));
        QVERIFY2(!actionIcon(which).isNull(), qPrintable(path));
    }
}

void tst_ActionIcons::drawnAtEverySizeAndScale()
{
    for (ActionIcon which : allActionIcons()) {
        const QIcon icon = actionIcon(which);
        for (int size : {16, 20, 24, 32, 48}) {
            for (qreal scale : {1.0, 1.5, 2.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(size, size), scale);
                const int device = qRound(size * scale);
                QCOMPARE(pixmap.size(), QSize(device, device));
                // Something is drawn across the device size: at least an eighth of the
                // square (the thinnest icon, the redo arrow, fills about a fifth).
                const int painted = paintedPixels(pixmap.toImage());
                QVERIFY2(painted > device * device / 8,
                         qPrintable(QStringLiteral("%1 at %2 px x %3: %4 pixels painted")
                                        .arg(actionIconPath(which))
                                        .arg(size)
                                        .arg(scale)
                                        .arg(painted)));
            }
        }
        // At twice the scale it is drawn again from the vector, not the small picture
        // enlarged: the enlarged one has only the small one's steps.
        const QImage sharp
            = icon.pixmap(QSize(24, 24), 2.0).toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage blown = icon.pixmap(QSize(24, 24), 1.0)
                                 .toImage()
                                 .scaled(48, 48, Qt::IgnoreAspectRatio, Qt::FastTransformation)
                                 .convertToFormat(QImage::Format_ARGB32);
        QVERIFY2(sharp != blown, qPrintable(actionIconPath(which)));
    }
}

void tst_ActionIcons::noTwoIconsAlike()
{
    QList<QImage> seen;
    for (ActionIcon which : allActionIcons()) {
        const QImage image = actionIcon(which).pixmap(QSize(24, 24), 1.0).toImage();
        for (const QImage &other : seen)
            QVERIFY2(image != other, qPrintable(actionIconPath(which)));
        seen.append(image);
    }
}

QTEST_MAIN(tst_ActionIcons)
#include "tst_actionicons.moc"
