'use strict';
// SchemaForge's node bridge: reads one JSON request on stdin, answers one JSON result on stdout
// after the marker line "@@SF-RESULT@@". Everything else a project prints (console.log, Sequelize's
// logging) goes to stderr. Secrets arrive in the environment (SF_BRIDGE_URL), never in argv.
// Paths and configuration are resolved the way sequelize-cli 6 resolves them.

const fs = require('fs');
const path = require('path');
const util = require('util');
const { pathToFileURL } = require('url');

const realStdoutWrite = process.stdout.write.bind(process.stdout);
for (const k of ['log', 'info', 'debug']) console[k] = (...a) => process.stderr.write(util.format(...a) + '\n');
process.stdout.write = (chunk, ...rest) => process.stderr.write(chunk, ...rest);

// Exits only once the answer is flushed: a pipe is written asynchronously, and process.exit() would
// cut a large answer short.
function answerAndExit(obj) {
  realStdoutWrite('\n@@SF-RESULT@@' + JSON.stringify(obj) + '\n', () => process.exit(0));
}

class BridgeError extends Error {
  constructor(code, message) { super(message); this.code = code; }
}

async function loadModule(file) {
  // sequelize-cli's import-helper: require first, dynamic import for ES modules.
  try {
    return require(file);
  } catch (e) {
    if (e && (e.code === 'ERR_REQUIRE_ESM' || e.code === 'ERR_REQUIRE_ASYNC_MODULE')) return import(pathToFileURL(file).href);
    throw e;
  }
}

function registerTypeScript(projectDir) {
  for (const name of ['ts-node/register/transpile-only', 'ts-node/register', '@swc-node/register', 'tsx/cjs']) {
    try {
      require(require.resolve(name, { paths: [projectDir] }));
      return true;
    } catch (e) { /* try the next */ }
  }
  return false;
}

function readRc(projectDir, optionsPath) {
  // sequelize-cli: yargs .config(require(.sequelizerc)) in the current directory.
  const rcFile = path.resolve(projectDir, optionsPath || '.sequelizerc');
  if (!fs.existsSync(rcFile)) return { file: null, values: {} };
  let values;
  try {
    values = JSON.parse(JSON.stringify(require(rcFile)));
  } catch (e) {
    throw new BridgeError('rc', `${rcFile}: ${e && e.message ? e.message : e}`);
  }
  return { file: rcFile, values: values || {} };
}

function parseDbUrl(urlString) {
  // sequelize-cli's config-helper.parseDbUrl
  const u = require('url').parse(urlString);
  const r = {
    database: (u.pathname || '').replace(/^\//, ''),
    host: u.hostname,
    port: u.port,
    protocol: (u.protocol || '').replace(/:$/, ''),
    ssl: u.query ? u.query.indexOf('ssl=true') >= 0 : false,
  };
  if (u.auth) {
    const parts = u.auth.split(':');
    r.username = parts[0];
    if (parts.length > 1) r.password = parts.slice(1).join(':');
  }
  r.dialect = r.protocol;
  if (r.dialect === 'sqlite' && r.database.indexOf(':memory') !== 0) r.storage = '/' + r.database;
  return r;
}

function mergeDefined(target, source) {
  // lodash.merge, as sequelize-cli uses it: undefined values do not overwrite
  for (const [k, v] of Object.entries(source)) if (v !== undefined) target[k] = v;
  return target;
}

function envVarHolding(value) {
  if (value === undefined || value === null || value === '') return null;
  const names = Object.keys(process.env).filter((k) => process.env[k] === String(value) && !k.startsWith('SF_BRIDGE'));
  names.sort();
  return names.length ? names[0] : null;
}

async function resolveProject(req) {
  const projectDir = path.resolve(req.projectDir);
  process.chdir(projectDir);
  const rc = readRc(projectDir, req.optionsPath);
  const a = rc.values;
  const env = req.env || process.env.NODE_ENV || 'development';
  const rel = (p, dflt) => path.resolve(projectDir, p || dflt);
  const configFile = a.config ? path.resolve(projectDir, a.config)
    : (fs.existsSync(path.join(projectDir, 'config', 'config.js')) ? path.join(projectDir, 'config', 'config.js')
      : path.join(projectDir, 'config', 'config.json'));
  const out = {
    projectDir, env, rcFile: rc.file, configFile,
    migrationsPath: rel(a['migrations-path'] || a.migrationsPath, 'migrations'),
    modelsPath: rel(a['models-path'] || a.modelsPath, 'models'),
    seedersPath: rel(a['seeders-path'] || a.seedersPath, 'seeders'),
    urlOverride: false,
  };
  const urlOverride = process.env.SF_BRIDGE_URL || a.url || '';
  // SF_BRIDGE_CONNECTION: the database SchemaForge itself is connected to (JSON: dialect, host, port,
  // database, username, password, storage); it replaces the connection part of the env's config.
  const connection = process.env.SF_BRIDGE_CONNECTION ? JSON.parse(process.env.SF_BRIDGE_CONNECTION) : null;
  let raw;
  if (urlOverride && !connection) {
    raw = parseDbUrl(urlOverride);
    out.urlOverride = true;
  } else if (!fs.existsSync(configFile)) {
    if (!connection) throw new BridgeError('config', `Cannot find "${configFile}". Have you run "sequelize init"? (or pass --url)`);
    raw = {};
  } else {
    try {
      raw = await (await loadModule(configFile)).default;
      if (raw === undefined) raw = require(configFile);
    } catch (e) {
      throw new BridgeError('config', `${configFile}: ${e && e.message ? e.message : e}`);
    }
    if (typeof raw === 'function') raw = raw.length === 1 ? await util.promisify(raw)() : await raw();
    if (!raw || typeof raw !== 'object') throw new BridgeError('config', `${configFile}: config must be an object or a promise for an object`);
    if (raw[env]) raw = raw[env];
    else {
      out.envMissing = true;
      if (connection) raw = {};
    }
  }
  let config = Object.assign({}, raw);
  out.useEnvVariable = config.use_env_variable || null;
  if (connection) {
    for (const k of ['url', 'use_env_variable', 'host', 'port', 'database', 'username', 'password', 'storage', 'dialect', 'protocol'])
      delete config[k];
    mergeDefined(config, connection);
  } else if (config.url) mergeDefined(config, parseDbUrl(config.url));
  else if (config.use_env_variable) {
    const v = process.env[config.use_env_variable];
    if (!v) throw new BridgeError('env', `the config of environment "${env}" reads its URL from $${config.use_env_variable}, which is not set; export it (or pass --url)`);
    mergeDefined(config, parseDbUrl(v));
  }
  out.config = config;
  out.passwordVariable = config.password ? envVarHolding(config.password) : null;
  return out;
}

function requireSequelize(projectDir) {
  let file;
  try {
    file = require.resolve('sequelize', { paths: [projectDir] });
  } catch (e) {
    throw new BridgeError('no-sequelize', `the project in ${projectDir} has no installed "sequelize" package; run npm install there (or adopt with --from database)`);
  }
  return require(file);
}

function makeSequelize(Sequelize, config, dialect) {
  const options = Object.assign({}, config, { logging: (sql) => process.stderr.write(sql + '\n') });
  if (dialect === 'sqlite') options.foreignKeys = false;  // never let Sequelize's table rebuild cascade
  delete options.use_env_variable;
  return new Sequelize(options);
}

async function runMigration(req) {
  const resolved = await resolveProject(req);
  const Sequelize = requireSequelize(resolved.projectDir);
  const file = path.resolve(resolved.projectDir, req.file);
  const dialect = resolved.config.dialect;
  const sequelize = makeSequelize(Sequelize, resolved.config, dialect);
  try {
    if (/\.c?ts$/.test(file) && !registerTypeScript(resolved.projectDir))
      throw new BridgeError('typescript', `${file} is TypeScript; install ts-node in the project (npm install -D ts-node) so it can be loaded`);
    let mod;
    try {
      mod = await loadModule(file);
    } catch (e) {
      throw new BridgeError('load', `${path.basename(file)} could not be loaded: ${e && e.stack ? e.stack.split('\n').slice(0, 4).join('\n') : e}`);
    }
    if (mod && mod.default && typeof mod.up !== 'function') mod = mod.default;
    const method = req.direction === 'down' ? 'down' : 'up';
    if (!mod || typeof mod[method] !== 'function')
      throw new BridgeError('shape', `${path.basename(file)} has no ${method}() function`);
    await sequelize.authenticate();
    await mod[method](sequelize.getQueryInterface(), Sequelize);
    return { ok: true };
  } finally {
    await sequelize.close().catch(() => {});
  }
}

async function main() {
  let input = '';
  for await (const chunk of process.stdin) input += chunk;
  const req = JSON.parse(input);
  let result;
  if (req.command === 'resolve') {
    const r = await resolveProject(req);
    try {
      const Sequelize = requireSequelize(r.projectDir);
      r.sequelizeVersion = Sequelize.version || require(require.resolve('sequelize/package.json', { paths: [r.projectDir] })).version;
    } catch (e) {
      r.sequelizeVersion = null;
    }
    result = { ok: true, resolved: r };
  } else if (req.command === 'migrate') {
    result = await runMigration(req);
  } else if (req.command === 'models') {
    result = await require('./models.js').describe(req, { resolveProject, requireSequelize, loadModule, BridgeError, registerTypeScript });
  } else {
    throw new BridgeError('request', `unknown command "${req.command}"`);
  }
  answerAndExit(result);
}

main().catch((e) => {
  answerAndExit({ ok: false, code: e && e.code ? String(e.code) : 'error', error: e && e.message ? e.message : String(e) });
});
