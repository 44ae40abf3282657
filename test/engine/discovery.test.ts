// Project discovery without running anything: where a project's import root is, which apps it has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { initPythonParser } from '../../server/src/python/treeSitter';
import { MemoryFileSystem } from '../../server/src/project/fs';
import { discoverProjects } from '../../server/src/project/discover';

function memory(files: Record<string, string>): MemoryFileSystem {
  return new MemoryFileSystem(new Map(Object.entries(files).map(([p, t]) => [`/ws/${p}`, t])));
}

test('a manage.py inside a package belongs to the folder its settings module imports from', async () => {
  await initPythonParser();
  const fs = memory({
    'pyproject.toml': '[project]\nname = "cms"\n',
    'cms/__init__.py': '',
    'cms/apps.py': 'from django.apps import AppConfig\n\n\nclass CmsConfig(AppConfig):\n    name = "cms"\n    label = "cmscore"\n',
    'cms/models.py': 'from django.db import models\n',
    'cms/migrations/__init__.py': '',
    'cms/migrations/0001_initial.py': 'from django.db import migrations\n\n\nclass Migration(migrations.Migration):\n    operations = []\n',
    'cms/test/__init__.py': '',
    'cms/test/manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.test.settings")\n',
    'cms/test/settings.py': 'INSTALLED_APPS = ["cms", "cms.test.testapp"]\n',
    'cms/test/testapp/__init__.py': '',
    'cms/test/testapp/models.py': 'from django.db import models\n',
  });
  const projects = discoverProjects(fs, '/ws');
  assert.equal(projects.length, 1, `one project, got ${projects.map((p) => p.root).join(', ')}`);
  assert.equal(projects[0].root, '/ws');
  assert.deepEqual(
    projects[0].apps.map((a) => `${a.label}=${a.module}`).sort(),
    ['cmscore=cms', 'testapp=cms.test.testapp'],
  );
});

test('a manage.py next to its settings package is its own project', async () => {
  await initPythonParser();
  const fs = memory({
    'site/manage.py': 'import os\nos.environ.setdefault("DJANGO_SETTINGS_MODULE", "site_conf.settings")\n',
    'site/site_conf/__init__.py': '',
    'site/site_conf/settings.py': 'INSTALLED_APPS = ["shop"]\n',
    'site/shop/__init__.py': '',
    'site/shop/models.py': 'from django.db import models\n',
  });
  const projects = discoverProjects(fs, '/ws');
  assert.deepEqual(projects.map((p) => p.root), ['/ws/site']);
  assert.deepEqual(projects[0].apps.map((a) => a.module), ['shop']);
});

test('apps appended to INSTALLED_APPS in any branch of the settings are installed', async () => {
  await initPythonParser();
  const fs = memory({
    'manage.py': '',
    'proj/__init__.py': '',
    'proj/settings.py':
      'import os\nINSTALLED_APPS = ["shop"]\nif os.environ.get("X"):\n    INSTALLED_APPS.append("billing")\nelse:\n    INSTALLED_APPS.extend(["crm", "taggit"])\nINSTALLED_APPS.insert(0, "first")\nAUTH_USER_MODEL = "crm.User"\n',
  });
  const [project] = discoverProjects(fs, '/ws');
  assert.deepEqual(project.settings.installedApps, ['first', 'shop', 'billing', 'crm', 'taggit']);
  assert.equal(project.settings.authUserModel, 'crm.User');
});
