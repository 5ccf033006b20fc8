#include "ui/adopt/adoptworker.h"

namespace sf::ui {

void AdoptWorker::survey(const QString &projectDir, const QString &from, bool replaceExisting)
{
    sequelize::AdoptOptions o;
    o.projectDir = projectDir.toStdString();
    o.from = from.toStdString();
    o.replaceExisting = replaceExisting;
    Q_EMIT surveyed(std::make_shared<const sequelize::AdoptPlan>(sequelize::Adopter::survey(o)));
}

void AdoptWorker::write(AdoptPlanPtr plan)
{
    const sequelize::AdoptResult r = sequelize::Adopter::write(*plan);
    Q_EMIT written(r.ok, QString::fromStdString(r.error));
}

} // namespace sf::ui
