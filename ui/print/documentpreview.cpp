#include "print/documentpreview.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>

namespace rsk::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(rsk::ui::DocumentPreview)
};
} // namespace

bool previewAndPrint(QWidget *parent, const QString &title,
                     const std::function<void(QPrinter *)> &paint)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(QStringLiteral("documentPrintPreview"));
    preview.setWindowTitle(Tr::tr("%1 – förhandsgranskning").arg(title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview,
                     [&paint](QPrinter *p) { paint(p); });
    // The dialog is accepted when the clerk prints from it.
    return preview.exec() == QDialog::Accepted;
}

QString choosePdfPath(QWidget *parent, const QString &caption, const QString &suggestedName,
                      const QString &directory)
{
    if (!directory.isEmpty())
        return QDir(directory).filePath(suggestedName);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(parent, caption,
                                                QDir(documents).filePath(suggestedName),
                                                Tr::tr("PDF-fil (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    return path;
}

} // namespace rsk::ui
