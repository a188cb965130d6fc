import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { answerDirectoryPicker, copyCheckoutToDisk, fillCheckout, type SavedChanges } from './local-repository.ts';

/*
 * The admin at /admin/ (Sveltia CMS) as an editor uses it, for the browser tests and the docs'
 * screenshots. Sveltia's own English words (its buttons, its toasts) live here and nowhere else: they
 * belong to the pinned @sveltia/cms, not to our content, and an upgrade that renames one fails here.
 */

/** The admin's address on a site's origin. */
export const ADMIN_PATH = '/admin/';

/** Sveltia's words, in the en-US locale the tests pin. */
export const SVELTIA = {
  localRepository: 'Work with Local Repository',
  saved: 'Entry saved',
  save: 'Save',
  editor: 'Content Editor',
  replaceFile: 'Replace File',
  selectFile: 'Select File',
  upload: 'Upload',
  insert: 'Insert',
  correctErrors: /Please correct/,
  required: 'This field is required.',
  contents: 'Contents',
  assets: 'Assets',
  folder: 'Folder',
  uploadAssets: 'Upload New Assets',
  chooseFiles: 'Choose Files',
  assetSaved: 'Asset saved',
  oversizedFiles: 'Oversized Files',
  cancel: 'Cancel',
};

/** A file the editor chooses, as Playwright hands it to a file chooser. */
type FilePayload = { name: string; mimeType: string; buffer: Buffer };

/**
 * Blocks every request that is not to this machine (the only place the admin may reach in local
 * editing) and records it, so a test can say what would have left it. Returns the list, filled as
 * requests happen.
 */
export async function blockOutsideRequests(context: BrowserContext): Promise<string[]> {
  const outside: string[] = [];
  const here = (url: URL) =>
    ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || /^(blob|data):$/.test(url.protocol);
  await context.route(
    (url) => !here(url),
    (route) => {
      outside.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return outside;
}

/** The admin of one site, working on a folder on disk through the browser's local-repository mode. */
export class Admin {
  readonly page: Page;
  /** The checkout the admin edits: a temporary copy of a site. */
  readonly dir: string;

  // Plain fields, not parameter properties: Node runs this file without compiling it (the docs script).
  private constructor(page: Page, dir: string) {
    this.page = page;
    this.dir = dir;
  }

  /**
   * Opens /admin/ (of the test's baseURL) and chooses "Work with Local Repository" with dir as the
   * checkout, then waits for the collection list. `atSignIn` runs on the sign-in screen.
   */
  static async open(page: Page, dir: string, atSignIn?: () => Promise<void>): Promise<Admin> {
    await answerDirectoryPicker(page);
    await page.goto(ADMIN_PATH);
    await fillCheckout(page, dir);
    const signIn = page.getByRole('button', { name: SVELTIA.localRepository });
    await expect(signIn).toBeVisible();
    await atSignIn?.();
    await signIn.click();
    await expect(page.getByRole('tree', { name: 'Collection List' })).toBeVisible();
    return new Admin(page, dir);
  }

  /** The form of the entry being edited. */
  get editor(): Locator {
    return this.page.getByRole('group', { name: SVELTIA.editor });
  }

  /**
   * The groups of the fields with this label in the open form (a list's items each have one);
   * `within` narrows them to a list or a group. Found by their accessible name in CSS rather than
   * by role: Sveltia leaves the fields outside the window unrendered (content-visibility), and a
   * role locator does not see them until they are scrolled to.
   */
  fields(label: string, within: Locator = this.editor): Locator {
    // Sveltia names a field's group “Label” Field, with the label isolated for bidirectional text.
    return within.locator(`[role="group"][aria-label="“\u2068${label.replaceAll('"', '\\"')}\u2069” Field"]`);
  }

  /** The first field with this label: the form's own, before any list item's. */
  field(label: string, within: Locator = this.editor): Locator {
    return this.fields(label, within).first();
  }

  /** Scrolls a field into the window, as an editor does before typing in it; returns it. */
  async reveal(field: Locator): Promise<Locator> {
    await field.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    return field;
  }

  /** Types a value into a field (by its label or its group), scrolled into view, replacing what it held. */
  async fill(field: Locator | string, value: string): Promise<void> {
    const group = await this.reveal(typeof field === 'string' ? this.field(field) : field);
    await this.type(group.getByRole('textbox').first(), value);
  }

  /** Types a value into a text box or number box, replacing what it held. */
  async type(box: Locator, value: string): Promise<void> {
    // A new entry's form is drawn once more after it shows (seen on the fixture site), which
    // empties a field typed in before: type again until the value stays.
    await expect(async () => {
      await box.fill(value);
      await expect(box).toHaveValue(value, { timeout: 250 });
    }).toPass();
  }

  /** The message a field shows for a refused value. */
  error(field: Locator | string): Locator {
    return (typeof field === 'string' ? this.field(field) : field).locator('[role="alert"]').first();
  }

  /**
   * Opens an entry's form by Sveltia's own route (the file's name without its extension, or a single
   * file's name in the configuration), or without `entry` a new entry's: no entry list to draw first.
   */
  async openEntry(collection: string, entry?: string): Promise<void> {
    const route = `/collections/${collection}/${entry === undefined ? 'new' : `entries/${entry}`}`;
    await this.page.evaluate((hash) => (location.hash = hash), route);
    await expect(this.editor).toBeVisible();
  }

  /**
   * Saves the open entry, waits until the CMS says it is saved, and copies what it wrote back to
   * the checkout on disk. Returns the paths it wrote and removed.
   */
  async save(): Promise<SavedChanges> {
    await this.editor.getByRole('button', { name: SVELTIA.save, exact: true }).click();
    // Sveltia closes the form once the files are written, then says so.
    await expect(this.editor).toBeHidden();
    await expect(this.page.getByRole('status').filter({ hasText: SVELTIA.saved }).first()).toBeVisible();
    return copyCheckoutToDisk(this.page, this.dir);
  }

  /** Clicks Save and expects the CMS to refuse: it names the fields with errors and saves nothing. */
  async saveRefused(): Promise<SavedChanges> {
    // The notice of a refusal before stays for seconds: once it is gone, a new one is this refusal's
    // (Sveltia checks the form after the click, and a notice already up would let the next step start).
    const refused = this.page.getByRole('alert').filter({ hasText: SVELTIA.correctErrors });
    await expect(refused).toBeHidden({ timeout: 10_000 });
    await this.editor.getByRole('button', { name: SVELTIA.save, exact: true }).click();
    await expect(refused).toBeVisible();
    return copyCheckoutToDisk(this.page, this.dir);
  }

  /**
   * Chooses a file to upload under Assets into a collection's folder (by its label), as docs/editing.md
   * "Add a picture" tells an editor: Assets, the folder, Upload, Choose Files. Returns the dialog in
   * which Sveltia lists the file (under the name it saves it as) and asks to confirm, or refuses it.
   */
  async chooseAsset(folder: string, file: FilePayload): Promise<Locator> {
    await this.page.getByRole('radio', { name: SVELTIA.assets }).click();
    await this.page.getByRole('option', { name: `${folder} (` }).click();
    // The folder's own button: an empty folder shows a second one in its middle.
    const toolbar = this.page.getByRole('toolbar', { name: SVELTIA.folder });
    await toolbar.getByRole('button', { name: SVELTIA.uploadAssets }).click();
    const chooser = this.page.waitForEvent('filechooser');
    const dialog = this.page.getByRole('dialog', { name: SVELTIA.uploadAssets });
    await dialog.getByRole('button', { name: SVELTIA.chooseFiles }).click();
    await (await chooser).setFiles(file);
    const confirm = this.page.getByRole('alertdialog', { name: SVELTIA.uploadAssets });
    await expect(confirm.getByRole('listitem').filter({ hasText: file.name })).toBeVisible();
    return confirm;
  }

  /**
   * Uploads a file under Assets (chooseAsset, then Upload), then goes back to Contents. `file.name`
   * is as Sveltia saves it (lower case, dashes: slugify_filename). `atConfirm` runs while Sveltia asks
   * to confirm the folder. Sveltia writes the file at once, without an entry's Save: returns what it
   * wrote, as save() does.
   */
  async uploadAsset(folder: string, file: FilePayload, atConfirm?: () => Promise<void>): Promise<SavedChanges> {
    const confirm = await this.chooseAsset(folder, file);
    await atConfirm?.();
    await confirm.getByRole('button', { name: SVELTIA.upload, exact: true }).click();
    await expect(this.page.getByRole('status').filter({ hasText: SVELTIA.assetSaved }).first()).toBeVisible();
    await expect(this.page.getByRole('row', { name: file.name })).toBeVisible();
    await this.page.getByRole('radio', { name: SVELTIA.contents }).click();
    return copyCheckoutToDisk(this.page, this.dir);
  }

  /** Uploads a file in a file field: Replace, Upload, choose the file, Insert. */
  async uploadFile(label: string, file: FilePayload): Promise<void> {
    const field = await this.reveal(this.field(label));
    await field.getByRole('button', { name: SVELTIA.replaceFile }).click();
    const dialog = this.page.getByRole('dialog', { name: SVELTIA.selectFile });
    const chooser = this.page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: SVELTIA.upload, exact: true }).click();
    await (await chooser).setFiles(file);
    await dialog.getByRole('option', { name: file.name }).waitFor();
    await dialog.getByRole('button', { name: SVELTIA.insert, exact: true }).click();
    await expect(dialog).toBeHidden();
  }
}
