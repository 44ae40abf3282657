// Django models as written in models.py: classes deriving from models.Model directly or through
// project base classes (abstract bases, mixins, multi-table inheritance, proxies, unmanaged),
// their fields and Meta (with abstract Meta inheritance), resolved statically.
import { Assign, ClassDef, Span } from '../python/ast';
import { PyModule, qualifiedName } from '../python/module';
import { EvalScope, Value, evaluate, lastSegment } from '../python/values';
import { canonicalPath } from './canonical';
import { FieldDef, isForeignKey, optBool, optString } from './fields';
import { FieldResolver, ModuleProvider } from './fieldResolver';
import { truncateName } from './names';

export interface ModelField {
  name: string;
  def: FieldDef;
  assign: Assign;
  /** The class that declares it (this model, or an abstract base / mixin). */
  declaredIn: ClassInfo;
  call: Extract<Value, { t: 'call' }>;
}

export interface ClassInfo {
  name: string;
  path: string;
  module: PyModule;
  file: string | undefined;
  classDef: ClassDef;
}

export interface ModelInfo extends ClassInfo {
  app: string;
  abstract: boolean;
  proxy: boolean;
  managed: boolean;
  /** Derives from models.Model through known classes only. */
  certain: boolean;
  /** Concrete model parents (multi-table inheritance). */
  parents: string[];
  fields: ModelField[];
  meta: ClassDef | undefined;
  /** Meta options: own Meta, or an abstract parent's Meta inherited. */
  options: Map<string, { value: Value; assign: Assign; from: ClassInfo }>;
  /** Generic foreign keys declared on the model (not fields in the database). */
  genericForeignKeys: Array<{ name: string; assign: Assign; ctField: string; fkField: string }>;
}

export interface ModelsContext {
  modules: ModuleProvider;
  resolver: FieldResolver;
  /** App label owning a module (by dotted module name). */
  appOfModule(moduleName: string): string | undefined;
  fileOfModule(moduleName: string): string | undefined;
}

const MODEL_BASE = 'django.db.models.Model';

/** Third-party classes known to be Django models; `abstract` ones create no table. */
const KNOWN_MODEL_BASES: Record<string, { abstract: boolean }> = {
  'django.contrib.auth.models.AbstractUser': { abstract: true },
  'django.contrib.auth.models.AbstractBaseUser': { abstract: true },
  'django.contrib.auth.base_user.AbstractBaseUser': { abstract: true },
  'django.contrib.auth.models.PermissionsMixin': { abstract: true },
  'django.contrib.auth.models.User': { abstract: false },
  'django.contrib.auth.models.Group': { abstract: false },
  'django.contrib.sites.models.Site': { abstract: false },
  'django.contrib.contenttypes.models.ContentType': { abstract: false },
  'mptt.models.MPTTModel': { abstract: true },
  'treebeard.mp_tree.MP_Node': { abstract: true },
  'treebeard.ns_tree.NS_Node': { abstract: true },
  'treebeard.al_tree.AL_Node': { abstract: true },
  'polymorphic.models.PolymorphicModel': { abstract: true },
  'model_utils.models.TimeStampedModel': { abstract: true },
  'model_utils.models.StatusModel': { abstract: true },
  'model_utils.models.SoftDeletableModel': { abstract: true },
  'model_utils.models.UUIDModel': { abstract: true },
  'django_extensions.db.models.TimeStampedModel': { abstract: true },
  'django_extensions.db.models.TitleSlugDescriptionModel': { abstract: true },
  'modelcluster.models.ClusterableModel': { abstract: true },
  'wagtail.models.Page': { abstract: false },
  'wagtail.core.models.Page': { abstract: false },
  'wagtail.models.Orderable': { abstract: true },
  'wagtail.core.models.Orderable': { abstract: true },
  'wagtail.contrib.settings.models.BaseSiteSetting': { abstract: true },
  'wagtail.contrib.settings.models.BaseGenericSetting': { abstract: true },
  'wagtail.images.models.AbstractImage': { abstract: true },
  'wagtail.documents.models.AbstractDocument': { abstract: true },
  'taggit.models.TaggedItemBase': { abstract: true },
  'taggit.models.GenericTaggedItemBase': { abstract: true },
  'taggit.models.TagBase': { abstract: true },
  'ordered_model.models.OrderedModel': { abstract: true },
  'safedelete.models.SafeDeleteModel': { abstract: true },
};

interface BaseResolution {
  isModel: boolean;
  certain: boolean;
  chain: ClassInfo[];
  concreteParents: string[];
}

export class ModelExtractor {
  private readonly classCache = new Map<string, BaseResolution>();

  constructor(private readonly ctx: ModelsContext) {}

  /** All model classes of one module. */
  extract(module: PyModule, file: string | undefined, defaultApp: string): ModelInfo[] {
    const out: ModelInfo[] = [];
    for (const cls of module.body.classes) {
      const info = this.modelInfo(module, file, cls, defaultApp);
      if (info) out.push(info);
    }
    return out;
  }

  private classInfo(module: PyModule, cls: ClassDef, file: string | undefined): ClassInfo {
    return { name: cls.name, path: module.moduleName ? `${module.moduleName}.${cls.name}` : cls.name, module, file, classDef: cls };
  }

  private findClass(path: string): { module: PyModule; cls: ClassDef; file: string | undefined } | undefined {
    const dot = path.lastIndexOf('.');
    if (dot < 0) return undefined;
    const moduleName = path.slice(0, dot);
    const module = this.ctx.modules.getModule(moduleName);
    if (!module) return undefined;
    const cls = module.body.classes.find((c) => c.name === path.slice(dot + 1));
    if (cls) return { module, cls, file: this.ctx.fileOfModule(moduleName) };
    const imported = module.imports.get(path.slice(dot + 1));
    if (imported && imported !== path) return this.findClass(imported);
    return undefined;
  }

  /** Whether a class is a Django model, following its bases through project modules. */
  private resolveBases(module: PyModule, cls: ClassDef, depth: number): BaseResolution {
    const key = `${module.moduleName ?? '?'}.${cls.name}@${cls.start}`;
    const cached = this.classCache.get(key);
    if (cached) return cached;
    const result: BaseResolution = { isModel: false, certain: true, chain: [], concreteParents: [] };
    this.classCache.set(key, result);
    if (depth > 20) return result;
    for (const base of cls.bases) {
      const raw = qualifiedName(base, module);
      if (!raw) continue;
      const path = canonicalPath(raw);
      if (path === MODEL_BASE) {
        result.isModel = true;
        continue;
      }
      const known = KNOWN_MODEL_BASES[path];
      if (known) {
        result.isModel = true;
        if (!known.abstract) result.concreteParents.push(path);
        continue;
      }
      const found = this.findClass(path);
      if (found) {
        const inner = this.resolveBases(found.module, found.cls, depth + 1);
        const info = this.classInfo(found.module, found.cls, found.file);
        result.chain.push(info, ...inner.chain);
        if (inner.isModel) {
          result.isModel = true;
          if (!isAbstract(found.module, found.cls) && !isProxyClass(found.module, found.cls)) result.concreteParents.push(info.path);
          else result.concreteParents.push(...inner.concreteParents);
        }
        if (!inner.certain) result.certain = false;
      } else if (path.startsWith('django.')) {
        // Other django classes (mixins, generic views): not models.
      } else {
        // A third-party base we do not know: it might be a model.
        result.certain = false;
      }
    }
    return result;
  }

  private modelInfo(module: PyModule, file: string | undefined, cls: ClassDef, defaultApp: string): ModelInfo | undefined {
    const bases = this.resolveBases(module, cls, 0);
    const hasFields = cls.body.assigns.some((a) => a.value?.kind === 'call');
    if (!bases.isModel && !(hasFields && !bases.certain && cls.body.classes.some((c) => c.name === 'Meta'))) return undefined;
    const self = this.classInfo(module, cls, file);
    const meta = cls.body.classes.find((c) => c.name === 'Meta');
    const options = new Map<string, { value: Value; assign: Assign; from: ClassInfo }>();
    // Abstract parents' Meta is inherited when the model declares none.
    if (!meta) {
      for (const parent of bases.chain) {
        const parentMeta = parent.classDef.body.classes.find((c) => c.name === 'Meta');
        if (parentMeta && isAbstract(parent.module, parent.classDef)) {
          for (const a of parentMeta.body.assigns) {
            for (const t of a.targets) if (a.value && !options.has(t) && t !== 'abstract') options.set(t, { value: evaluate(a.value, { module: parent.module }), assign: a, from: parent });
          }
          break;
        }
      }
    } else {
      for (const a of meta.body.assigns) for (const t of a.targets) if (a.value) options.set(t, { value: evaluate(a.value, { module }), assign: a, from: self });
    }
    const flag = (name: string, fallback: boolean) => {
      const v = options.get(name)?.value;
      return v?.t === 'bool' ? v.v : fallback;
    };
    const abstract = meta ? flag('abstract', false) : false;
    const appLabelOption = options.get('app_label')?.value;
    const app = appLabelOption?.t === 'str' ? appLabelOption.v : defaultApp;
    const fields: ModelField[] = [];
    const genericForeignKeys: ModelInfo['genericForeignKeys'] = [];
    const seen = new Set<string>();
    // Own fields first (they override inherited ones), then abstract bases' and mixins' fields.
    const sources: ClassInfo[] = [self, ...bases.chain.filter((c) => !bases.concreteParents.includes(c.path))];
    for (const source of sources) {
      const scope: EvalScope = { module: source.module, canonical: canonicalPath };
      for (const assign of source.classDef.body.assigns) {
        if (assign.targets.length !== 1 || !assign.value || assign.value.kind !== 'call') continue;
        const name = assign.targets[0];
        if (seen.has(name) || name.includes('.')) continue;
        const value = evaluate(assign.value, scope);
        if (value.t !== 'call') continue;
        const clsName = lastSegment(value.func);
        if (clsName === 'GenericForeignKey') {
          seen.add(name);
          const ct = value.args[0]?.t === 'str' ? value.args[0].v : 'content_type';
          const fk = value.args[1]?.t === 'str' ? value.args[1].v : 'object_id';
          const ctKw = value.kwargs.find(([k]) => k === 'ct_field')?.[1];
          const fkKw = value.kwargs.find(([k]) => k === 'fk_field')?.[1];
          genericForeignKeys.push({ name, assign, ctField: ctKw?.t === 'str' ? ctKw.v : ct, fkField: fkKw?.t === 'str' ? fkKw.v : fk });
          continue;
        }
        const resolved = this.ctx.resolver.resolveClass(value.func);
        if (resolved.unresolved && !looksLikeField(clsName)) continue;
        const def = this.ctx.resolver.makeField(value);
        seen.add(name);
        fields.push({ name, def, assign, declaredIn: source, call: value });
      }
    }
    return {
      ...self,
      app,
      abstract,
      proxy: flag('proxy', false),
      managed: flag('managed', true),
      certain: bases.certain,
      parents: bases.concreteParents,
      fields,
      meta,
      options,
      genericForeignKeys,
    };
  }
}

/** Unknown classes are treated as fields only when their name says so. */
function looksLikeField(className: string): boolean {
  return /(Field|ForeignKey|Key)$/.test(className);
}

function isAbstract(module: PyModule, cls: ClassDef): boolean {
  const meta = cls.body.classes.find((c) => c.name === 'Meta');
  if (!meta) return false;
  const a = meta.body.assigns.find((x) => x.targets.includes('abstract'));
  if (!a?.value) return false;
  const v = evaluate(a.value, { module });
  return v.t === 'bool' && v.v;
}

function isProxyClass(module: PyModule, cls: ClassDef): boolean {
  const meta = cls.body.classes.find((c) => c.name === 'Meta');
  const a = meta?.body.assigns.find((x) => x.targets.includes('proxy'));
  if (!a?.value) return false;
  const v = evaluate(a.value, { module });
  return v.t === 'bool' && v.v;
}

/** The table Django uses for a model today. */
export function implicitTableName(app: string, modelName: string): string {
  return truncateName(`${app}_${modelName.toLowerCase()}`, 63);
}

export function modelDbTable(model: ModelInfo): { table: string; explicit: boolean } {
  const v = model.options.get('db_table')?.value;
  if (v?.t === 'str') return { table: v.v, explicit: true };
  return { table: implicitTableName(model.app, model.name), explicit: false };
}

/** Whether the model has a table Django manages (not abstract, proxy, or unmanaged). */
export function hasManagedTable(model: ModelInfo): boolean {
  return !model.abstract && !model.proxy && model.managed;
}

export function fieldSpan(field: ModelField): Span {
  return field.assign.targetSpan;
}

export function isRelationField(field: ModelField): boolean {
  return isForeignKey(field.def) || field.def.kind.relation === 'm2m';
}

export { optBool, optString };
