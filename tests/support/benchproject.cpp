#include "support/benchproject.h"

namespace sf::test {

project::Project generateBenchProject(const BenchProjectSize &size)
{
    project::Project p;
    p.name = "bench";
    const char *types[] = {"STRING", "INTEGER", "TEXT", "BOOLEAN", "DATE", "DECIMAL(10,2)", "UUID", "STRING(40)"};
    for (int i = 0; i < size.models; ++i) {
        design::Model m;
        m.id = "m-" + std::to_string(i);
        m.name = "Entity" + std::to_string(i + 1);
        for (int k = 0; k < size.attributes; ++k) {
            design::Attribute a;
            a.id = m.id + "-a" + std::to_string(k);
            a.name = "field" + std::to_string(k + 1);
            a.type = *design::DataType::parse(types[(i + k) % 8]);
            if (k % 3 == 0)
                a.allowNull = false;
            m.attributes.push_back(a);
        }
        p.design.models.push_back(m);
        p.layout[m.id] = project::LayoutEntry{40.0 + (i % 32) * 320, 40.0 + (i / 32) * 320, {}, {}, {}, {}};
    }
    for (int i = 0; i < size.links; ++i) {
        design::Association a;
        a.id = "as-" + std::to_string(i);
        const int s = i % size.models;
        int t = (i * 7 + 13) % size.models;
        if (t == s)
            t = (t + 1) % size.models;
        a.source = "m-" + std::to_string(s);
        a.target = "m-" + std::to_string(t);
        a.foreignKey = "entity" + std::to_string(s + 1) + "Ref" + std::to_string(i) + "Id";
        if (i % 10 == 9) {
            a.kind = design::AssociationKind::ManyToMany;
            a.through = "Join" + std::to_string(i);
            a.otherKey = "entity" + std::to_string(t + 1) + "Other" + std::to_string(i) + "Id";
        }
        p.design.associations.push_back(a);
    }
    return p;
}

} // namespace sf::test
