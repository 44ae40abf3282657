// Runs the real `schema-guard` CLI (from source, through tsx) in a child process, and writes small Django projects.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';

const CLI = path.resolve(__dirname, '../../server/src/cli/main.ts');
const TSX = pathToFileURL(require.resolve('tsx')).href;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: string[], cwd: string): CliRun {
  const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempDir(label: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `schema-guard-cli-${label}-`));
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

/** A one-app project (`shop`, table shop_order) with its initial migration. */
export const BASE_PROJECT: Record<string, string> = {
  'manage.py': 'import os\nimport sys\n\nif __name__ == "__main__":\n    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "proj.settings")\n',
  'proj/__init__.py': '',
  'proj/settings.py': 'INSTALLED_APPS = ["shop"]\nDEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"\n',
  'shop/__init__.py': '',
  'shop/models.py': 'from django.db import models\n\n\nclass Order(models.Model):\n    reference = models.CharField(max_length=20)\n\n    class Meta:\n        db_table = "shop_order"\n',
  'shop/migrations/__init__.py': '',
  'shop/migrations/0001_initial.py': `from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True
    dependencies = []
    operations = [
        migrations.CreateModel(
            name='Order',
            fields=[('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')), ('reference', models.CharField(max_length=20))],
            options={'db_table': 'shop_order'},
        ),
    ]
`,
};

/** A migration after `previous` whose only operation is `operation` (source text). */
export function migration(previous: string, operation: string, atomic = true): string {
  return `from django.db import migrations


class Migration(migrations.Migration):
${atomic ? '' : '    atomic = False\n'}    dependencies = [('shop', '${previous}')]
    operations = [
        ${operation},
    ]
`;
}
