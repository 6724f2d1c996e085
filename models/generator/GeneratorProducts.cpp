// SPDX-License-Identifier: GPL-3.0-or-later
#include "GeneratorProducts.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace planner::generator {

const std::vector<ProductSpec> &productSpecs()
{
    using K = ComponentKind;
    // Versions are real releases where the product is real, so that the lifecycle data of
    // endoflife.date applies to them (PostgreSQL 12 and 13 have ended by the plan start).
    static const std::vector<ProductSpec> specs = {
        {"cisco-ios-xe", "Core switch", "sw", K::Network, NetworkLayer, 60,
         {"17.9.5", "17.12.4", "17.15.2", "17.18.1"}, {"17.9", "17.12", "17.15", "17.18"}, {},
         1, true, true},
        {"fortios", "Firewall", "fw", K::Network, NetworkLayer, 40,
         {"7.0.15", "7.2.10", "7.4.5", "7.6.1"}, {"7.0", "7.2", "7.4", "7.6"}},
        {"netapp-ontap", "Storage array", "san", K::Storage, StorageLayer, 100,
         {"9.12.1", "9.13.1", "9.14.1", "9.15.1", "9.16.1"},
         {"9.12", "9.13", "9.14", "9.15", "9.16"}, {}, 1, true, true},
        {"vmware-esxi", "Hypervisor", "esx", K::Server, ServerLayer, 70,
         {"6.7.0", "7.0.3", "8.0.3", "9.0.1"}, {"6.7", "7.0", "8.0", "9.0"}},
        {"nutanix-aos", "Nutanix node", "ntx", K::Server, ServerLayer, 30,
         {"6.8.1", "6.10.1", "7.0.1", "7.3.1"}, {"6.8", "6.10", "7.0", "7.3"}},
        {"rhel", "RHEL host", "rhel", K::Os, OsLayer, 45, {"7.9", "8.10", "9.4", "10.0"},
         {"7", "8", "9", "10"}, {}, 1, true, false, {"vmware-esxi", "nutanix-aos"}},
        {"ubuntu", "Ubuntu host", "ubu", K::Os, OsLayer, 30, {"20.04", "22.04", "24.04", "26.04"},
         {"20.04", "22.04", "24.04", "26.04"}, {}, 1, true, false, {"vmware-esxi", "nutanix-aos"}},
        {"windows-server", "Windows host", "win", K::Os, OsLayer, 25,
         {"2016", "2019", "2022", "2025"}, {"2016", "2019", "2022", "2025"}, {}, 1, true, false,
         {"vmware-esxi"}},
        {"postgresql", "PostgreSQL", "pg", K::Database, DatabaseLayer, 35,
         {"11.22", "12.20", "13.16", "14.13", "15.8", "16.6", "17.2"},
         {"11", "12", "13", "14", "15", "16", "17"}, {}, 2, true, false, {"rhel", "ubuntu"},
         "pg_basebackup"},
        {"mssqlserver", "SQL Server", "mssql", K::Database, DatabaseLayer, 20,
         {"13.0.6300.2", "14.0.3465.1", "15.0.4385.2", "16.0.4135.4", "17.0.1000.7"},
         {"13.0", "14.0", "15.0", "16.0", "17.0"}, {}, 1, true, false, {"windows-server"},
         "sql-native-backup"},
        {"oracle-database", "Oracle", "ora", K::Database, DatabaseLayer, 15,
         {"12.2.0.1", "19.21", "21.3", "23.4"}, {"12.2", "19", "21", "23"}, {}, 1, true, false,
         {"rhel"}, "rman"},
        {"mongodb", "MongoDB", "mongo", K::Database, DatabaseLayer, 15,
         {"5.0.26", "6.0.15", "7.0.12", "8.0.3"}, {"5.0", "6.0", "7.0", "8.0"}, {}, 1, true,
         false, {"ubuntu"}, "mongodump"},
        {"redis", "Redis", "redis", K::Database, DatabaseLayer, 15,
         {"6.2.14", "7.0.15", "7.2.5", "7.4.1"}, {"6.2", "7.0", "7.2", "7.4"}, {}, 1, true, false,
         {"ubuntu", "rhel"}, "rdb-snapshot"},
        {"keycloak", "Identity", "idp", K::Middleware, MiddlewareLayer, 10,
         {"24.0.5", "25.0.6", "26.0.7", "26.1.0"}, {"24.0", "25.0", "26.0", "26.1"}, {}, 1, true,
         true, {"rhel"}},
        {"tomcat", "Tomcat", "tc", K::Middleware, MiddlewareLayer, 30,
         {"8.5.100", "9.0.93", "10.1.28", "11.0.0"}, {"8.5", "9.0", "10.1", "11.0"}, {}, 1, true,
         false, {"rhel", "ubuntu"}},
        {"nginx", "Nginx", "web", K::Middleware, MiddlewareLayer, 20,
         {"1.24.0", "1.26.2", "1.27.3", "1.28.0"}, {"1.24", "1.26", "1.27", "1.28"}, {}, 1, true,
         false, {"ubuntu", "rhel"}},
        {"rabbitmq", "RabbitMQ", "mq", K::Middleware, MiddlewareLayer, 15,
         {"3.12.14", "3.13.7", "4.0.5", "4.1.0"}, {"3.12", "3.13", "4.0", "4.1"}, {}, 1, true,
         false, {"ubuntu"}},
        {"apache-kafka", "Kafka", "kafka", K::Middleware, MiddlewareLayer, 15,
         {"3.6.2", "3.7.1", "3.8.1", "3.9.0"}, {"3.6", "3.7", "3.8", "3.9"}, {}, 1, true, false,
         {"rhel"}},
        {"zabbix", "Monitoring", "mon", K::Monitoring, MiddlewareLayer, 10,
         {"6.0.30", "6.4.15", "7.0.5", "7.2.1"}, {"6.0", "6.4", "7.0", "7.2"}, {}, 1, true, false,
         {"rhel", "ubuntu"}},
        {"payments-api", "Payments API", "payapi", K::Api, ApiLayer, 30,
         {"2.4", "3.1", "4.0", "5.2"}, {"2", "3", "4", "5"}},
        {"accounts-api", "Accounts API", "accapi", K::Api, ApiLayer, 25,
         {"1.8", "2.3", "3.0", "4.1"}, {"1", "2", "3", "4"}},
        {"customer-api", "Customer API", "custapi", K::Api, ApiLayer, 25,
         {"3.9", "4.4", "5.1", "6.0"}, {"3", "4", "5", "6"}},
        {"pricing-api", "Pricing API", "priceapi", K::Api, ApiLayer, 20,
         {"1.2", "2.0", "3.3", "4.0"}, {"1", "2", "3", "4"}},
        {"ledger", "Ledger", "ledger", K::Application, ApplicationLayer, 20,
         {"3.8", "4.2", "5.0", "6.1"}, {"3", "4", "5", "6"}},
        {"crm", "CRM", "crm", K::Application, ApplicationLayer, 20, {"7.3", "8.1", "9.0", "10.2"},
         {"7", "8", "9", "10"}},
        {"billing", "Billing", "bill", K::Application, ApplicationLayer, 15,
         {"2.9", "3.4", "4.1", "5.0"}, {"2", "3", "4", "5"}},
        {"trading", "Trading", "trade", K::Application, ApplicationLayer, 15,
         {"10.4", "11.2", "12.0", "13.1"}, {"10", "11", "12", "13"}},
        {"hr-portal", "HR portal", "hr", K::Application, ApplicationLayer, 10,
         {"1.9", "2.3", "3.0", "4.1"}, {"1", "2", "3", "4"}},
        {"gitlab", "GitLab", "git", K::Application, ApplicationLayer, 10,
         {"15.11.13", "16.3.9", "16.7.10", "16.11.10", "17.3.7", "17.5.5"}, {},
         {"16.3.9", "16.7.10", "16.11.10", "17.3.7"}, 0},
        {"confluence", "Wiki", "wiki", K::Application, ApplicationLayer, 10,
         {"8.5.16", "9.2.1", "9.5.4", "10.0.3"}, {"8.5", "9.2", "9.5", "10.0"}},
        {"order-sync", "Order sync", "osync", K::Integration, IntegrationLayer, 55,
         {"1.4", "2.2", "3.0", "4.1"}, {"1", "2", "3", "4"}},
        {"data-feed", "Data feed", "feed", K::Integration, IntegrationLayer, 45,
         {"5.2", "6.0", "7.1", "8.0"}, {"5", "6", "7", "8"}},
        {"macos", "Mac", "mac", K::Endpoint, EndpointLayer, 40, {"13.6.9", "14.7.1", "15.2", "26.0"},
         {"13", "14", "15", "26"}},
        {"pos-terminal", "POS terminal", "pos", K::Endpoint, EndpointLayer, 45,
         {"3.1", "4.0", "5.2", "6.0"}, {"3", "4", "5", "6"}},
        {"label-printer-fw", "Label printer", "lbl", K::Endpoint, EndpointLayer, 15, {"2.1.7"},
         {}, {}, 0, false},
    };
    return specs;
}

const std::vector<RuleSpec> &ruleSpecs()
{
    static const std::vector<RuleSpec> rules = {
        {"ledger", "postgresql"},        {"ledger", "tomcat"},
        {"crm", "mssqlserver"},          {"crm", "rabbitmq"},
        {"billing", "oracle-database"},  {"billing", "apache-kafka"},
        {"trading", "postgresql"},       {"trading", "redis"},
        {"hr-portal", "postgresql"},     {"payments-api", "postgresql"},
        {"accounts-api", "oracle-database"}, {"customer-api", "mongodb"},
        {"pricing-api", "redis"},        {"order-sync", "rabbitmq"},
        {"data-feed", "apache-kafka"},   {"postgresql", "rhel"},
        {"oracle-database", "rhel"},     {"mssqlserver", "windows-server"},
        {"mongodb", "ubuntu"},           {"tomcat", "rhel"},
    };
    return rules;
}

const std::vector<const char *> &minorProducts()
{
    static const std::vector<const char *> minor = {
        "label-printer-fw", "confluence", "hr-portal", "zabbix",   "nginx",
        "pricing-api",      "customer-api", "mongodb", "fortios",  "billing",
        "crm",              "rabbitmq",   "redis",     "accounts-api", "apache-kafka",
        "oracle-database",  "mssqlserver"};
    return minor;
}

const char *dominantProduct()
{
    return "postgresql";
}

QString patchText(const char *release, const char *line, int patch)
{
    const QString text = QString::fromLatin1(release);
    if (patch == 0)
        return text;
    // More dot-separated parts than the line: the last number is the patch level.
    if (text.count(u'.') > std::count(line, line + std::strlen(line), '.')) {
        qsizetype start = text.size();
        while (start > 0 && text.at(start - 1).isDigit())
            --start;
        if (start < text.size())
            return text.left(start) + QString::number(text.mid(start).toULongLong() + patch);
    }
    return text + u'.' + QString::number(patch);
}

int layerShare(Layer layer)
{
    static constexpr std::array<int, LayerCount> shares = {2, 2, 9, 10, 6, 9, 7, 14, 7, 34};
    return shares[size_t(layer)];
}

const std::vector<std::pair<Layer, int>> &dependencyLayers(Layer layer)
{
    static const std::array<std::vector<std::pair<Layer, int>>, LayerCount> table = {{
        {},
        {{NetworkLayer, 100}},
        {{NetworkLayer, 60}, {StorageLayer, 40}},
        {{StorageLayer, 40}, {NetworkLayer, 30}, {ServerLayer, 30}},
        {{StorageLayer, 50}, {OsLayer, 30}, {NetworkLayer, 20}},
        {{DatabaseLayer, 50}, {OsLayer, 30}, {StorageLayer, 20}},
        {{MiddlewareLayer, 40}, {DatabaseLayer, 40}, {OsLayer, 20}},
        {{ApiLayer, 35}, {MiddlewareLayer, 30}, {DatabaseLayer, 35}},
        {{ApplicationLayer, 40}, {ApiLayer, 35}, {MiddlewareLayer, 25}},
        {{ApplicationLayer, 45}, {ApiLayer, 15}, {MiddlewareLayer, 25}, {NetworkLayer, 15}},
    }};
    return table[size_t(layer)];
}

const char *layerOwner(Layer layer)
{
    static constexpr std::array<const char *, LayerCount> owners = {
        "Network team", "Storage team",     "Platform team",    "Platform team",
        "DBA team",     "Middleware team",  "API team",         "Application team",
        "Integration team", "Workplace team"};
    return owners[size_t(layer)];
}

const char *layerRole(Layer layer)
{
    static constexpr std::array<const char *, LayerCount> roles = {
        "network", "storage", "sysadmin", "sysadmin", "dba",
        "middleware", "appops", "appops", "appops", "workplace"};
    return roles[size_t(layer)];
}

} // namespace planner::generator
