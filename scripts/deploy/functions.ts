/**
 * One function deployed from its built folder and its manifest entry: created with runtime, memory, timeout,
 * environment and trigger when new; otherwise its code and configuration updated and its triggers made to match
 * the manifest (a trigger whose schedule changed is replaced; one the manifest no longer lists is removed).
 */
import type { EnvValues } from '~/cloudfunctions/functions/env';
import type { FunctionSpec } from '~/cloudfunctions/functions/manifest';
import type { CloudFunctionDef, ManagerSdk } from './sdk';

/**
 * A variable every deployed function carries. The manager SDK sends a function's variables only when there is at
 * least one, and then replaces them all; with this one always present, a variable taken out of .env.local (the
 * bootstrap secret once the first admin is bound) is taken out of the function too.
 */
export const MARKER_VAR = 'PIONEER_POST_FUNCTION';

/** The variables a function is given: those its manifest declares that are set, and the marker. */
export function functionEnv(name: string, spec: FunctionSpec, env: EnvValues): Record<string, string> {
  const out: Record<string, string> = { [MARKER_VAR]: name };
  for (const v of spec.env) {
    const value = env[v.name];
    if (value) out[v.name] = value;
  }
  return out;
}

/** The function as the manager SDK takes it. */
export function functionDef(name: string, spec: FunctionSpec, env: EnvValues): CloudFunctionDef {
  return {
    name,
    runtime: spec.runtime,
    memorySize: spec.memoryMB,
    timeout: spec.timeoutS,
    envVariables: functionEnv(name, spec, env),
    // package.json names wx-server-sdk only; the cloud installs it (云端安装依赖).
    installDependency: true,
    isWaitInstall: true,
    handler: 'index.main',
    triggers: spec.triggers.map((t) => ({ ...t })),
  };
}

/** Names of the functions of the environment. */
export async function existingFunctions(sdk: ManagerSdk): Promise<Set<string>> {
  const names = new Set<string>();
  for (let offset = 0; ; offset += 100) {
    const res = await sdk.functions.getFunctionList(100, offset);
    for (const f of res.Functions) names.add(f.FunctionName);
    if (res.Functions.length < 100 || names.size >= res.TotalCount) return names;
  }
}

/** Deploys one function; answers what it did, one line per change. */
export async function deployFunction(
  sdk: ManagerSdk,
  def: CloudFunctionDef,
  functionRootPath: string,
  exists: boolean,
): Promise<string[]> {
  const name = def.name;
  if (!exists) {
    await sdk.functions.createFunction({ func: def, functionRootPath, force: false });
    return [`created ${name} with ${def.triggers?.length ?? 0} trigger(s)`];
  }
  const detail = await sdk.functions.getFunctionDetail(name);
  if (detail.Runtime !== def.runtime) {
    throw new Error(
      `function ${name} runs ${detail.Runtime} in the cloud but the manifest says ${def.runtime}; CloudBase cannot ` +
        `change a runtime in place: delete ${name} in the console (云函数 → 删除) and deploy again`,
    );
  }
  const done: string[] = [];
  await sdk.functions.updateFunctionCode({ func: def, functionRootPath });
  done.push(`updated the code of ${name}`);
  const { runtime: _fixed, triggers: _separately, handler: _code, ...config } = def;
  await sdk.functions.updateFunctionConfig(config);
  done.push(`updated the configuration of ${name}`);
  const wanted = def.triggers ?? [];
  for (const t of detail.Triggers) {
    const keep = wanted.some((w) => w.name === t.TriggerName && w.config === t.TriggerDesc && w.type === t.Type);
    if (!keep) {
      await sdk.functions.deleteFunctionTrigger(name, t.TriggerName);
      done.push(`removed trigger ${t.TriggerName} of ${name}`);
    }
  }
  for (const w of wanted) {
    const present = detail.Triggers.some(
      (t) => t.TriggerName === w.name && t.TriggerDesc === w.config && t.Type === w.type,
    );
    if (!present) {
      await sdk.functions.createFunctionTriggers(name, [w]);
      done.push(`created trigger ${w.name} (${w.config}) of ${name}`);
    }
  }
  return done;
}
