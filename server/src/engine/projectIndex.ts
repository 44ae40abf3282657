// All models of a project, extracted from its models modules, with relation targets resolved.
import * as path from 'node:path';
import { PyModule } from '../python/module';
import { Value, lastSegment } from '../python/values';
import { fieldOption } from '../django/fields';
import { ModelExtractor, ModelField, ModelInfo } from '../django/models';
import { DjangoProject } from './project';

export class ProjectIndex {
  readonly models: ModelInfo[] = [];
  private readonly byKey = new Map<string, ModelInfo>();
  private readonly byPath = new Map<string, ModelInfo>();
  private readonly byFile = new Map<string, ModelInfo[]>();

  constructor(readonly project: DjangoProject) {
    const extractor = new ModelExtractor({
      modules: { getModule: (name) => project.getModule(name) },
      resolver: project.fieldResolver,
      appOfModule: (name) => project.apps.find((a) => name === a.module || name.startsWith(`${a.module}.`))?.label,
      fileOfModule: (name) => project.discovered.modules.get(name),
    });
    for (const app of project.apps) {
      for (const file of app.modelFiles) {
        const module = project.parse(file);
        if (!module) continue;
        const models = extractor.extract(module, file, app.label);
        this.byFile.set(file, models);
        for (const m of models) {
          this.models.push(m);
          this.byPath.set(m.path, m);
          if (!m.abstract) this.byKey.set(`${m.app}.${m.name.toLowerCase()}`, m);
        }
      }
    }
  }

  modelsInFile(file: string): ModelInfo[] {
    return this.byFile.get(path.resolve(file)) ?? this.byFile.get(file) ?? [];
  }

  get(app: string, name: string): ModelInfo | undefined {
    return this.byKey.get(`${app}.${name.toLowerCase()}`);
  }

  /** The model a relation field points at (by string, class reference, "self" or AUTH_USER_MODEL). */
  relationTarget(model: ModelInfo, field: ModelField): { app: string; name: string; model: ModelInfo | undefined } | undefined {
    const to = fieldOption(field.def, 'to');
    return this.resolveModelRef(model, to);
  }

  resolveModelRef(model: ModelInfo, to: Value | undefined): { app: string; name: string; model: ModelInfo | undefined } | undefined {
    if (!to) return undefined;
    if (to.t === 'str') {
      if (to.v === 'self') return { app: model.app, name: model.name, model };
      const dot = to.v.indexOf('.');
      const app = dot >= 0 ? to.v.slice(0, dot) : model.app;
      const name = dot >= 0 ? to.v.slice(dot + 1) : to.v;
      return { app, name, model: this.get(app, name) };
    }
    if (to.t === 'ref') {
      if (/settings\.AUTH_USER_MODEL$/.test(to.path)) {
        const setting = this.project.discovered.settings.authUserModel ?? 'auth.User';
        const [app, name] = setting.split('.');
        return { app, name, model: this.get(app, name) };
      }
      const byPath = this.byPath.get(to.path);
      if (byPath) return { app: byPath.app, name: byPath.name, model: byPath };
      const name = lastSegment(to.path);
      const sameModule = this.models.find((m) => m.name === name && m.module === model.module);
      if (sameModule) return { app: sameModule.app, name, model: sameModule };
      const known = KNOWN_EXTERNAL_MODELS[to.path];
      if (known) return { ...known, model: this.get(known.app, known.name) };
      const anyApp = this.models.filter((m) => m.name === name);
      if (anyApp.length === 1) return { app: anyApp[0].app, name, model: anyApp[0] };
      return { app: '?', name, model: undefined };
    }
    return undefined;
  }

  moduleOf(model: ModelInfo): PyModule {
    return model.module;
  }
}

const KNOWN_EXTERNAL_MODELS: Record<string, { app: string; name: string }> = {
  'django.contrib.contenttypes.models.ContentType': { app: 'contenttypes', name: 'ContentType' },
  'django.contrib.auth.models.User': { app: 'auth', name: 'User' },
  'django.contrib.auth.models.Group': { app: 'auth', name: 'Group' },
  'django.contrib.auth.models.Permission': { app: 'auth', name: 'Permission' },
  'django.contrib.sites.models.Site': { app: 'sites', name: 'Site' },
};
