#pragma once
// AdoptWorker runs "Open Sequelize Project" on the QThread it was moved to: core's
// sequelize::Adopter, the use case `schemaforge-cli adopt` runs. survey() only reads (node, the
// database); write() writes what a survey found. Results come back as queued signals carrying shared,
// immutable data. Created and owned by AdoptDialog; never puts a URL with a password in a message.

#include "core/sequelize/adopter.h"

#include <QMetaType>
#include <QObject>
#include <QString>

#include <memory>

namespace sf::ui {

using AdoptPlanPtr = std::shared_ptr<const sequelize::AdoptPlan>;

class AdoptWorker : public QObject
{
    Q_OBJECT
public:
    AdoptWorker() = default;

public Q_SLOTS:
    // from: "models", "database" or "" (automatic); replaceExisting: overwrite an existing project file.
    void survey(const QString &projectDir, const QString &from, bool replaceExisting);
    void write(sf::ui::AdoptPlanPtr plan);

Q_SIGNALS:
    void surveyed(sf::ui::AdoptPlanPtr plan); // plan->result.ok false: result.error says why
    void written(bool ok, const QString &error);
};

} // namespace sf::ui

Q_DECLARE_METATYPE(sf::ui::AdoptPlanPtr)
