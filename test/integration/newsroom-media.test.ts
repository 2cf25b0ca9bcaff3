import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import sharp from 'sharp';
import { newsroom, signIn, type Client } from './newsroom-client.js';

function multipart(fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }) {
  const boundary = '----chapar' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.data, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

async function upload(c: Client, fields: Record<string, string>, file?: { name: string; type: string; data: Buffer }) {
  const m = multipart(fields, file);
  return c.req('POST', '/media', m.body, m.headers);
}

/** A 2000×1200 JPEG carrying EXIF with a GPS position, as a phone would write it. */
async function photoWithGps(): Promise<Buffer> {
  const buf = await sharp({ create: { width: 2000, height: 1200, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'TestPhone', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '35/1 41/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '51/1 25/1 0/1' } })
    .toBuffer();
  const exif = (await sharp(buf).metadata()).exif;
  assert.ok(exif && exif.length > 0, 'the test image really carries EXIF');
  // 0x8825 is the EXIF tag that points to the GPS block (either byte order).
  assert.ok(exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])), 'the test image carries a GPS block');
  return buf;
}

test('an uploaded image gets responsive WebP and JPEG sizes without location metadata, and appears on the public article page', async (t) => {
  const { rt, app, politics } = await newsroom(t);
  const ed = await signIn(app, rt, 'section_editor', ['politics']);
  const data = await photoWithGps();
  const res = await upload(ed, { alt: 'نمای شهر', caption: 'تهران در برف', credit: 'عکس: چاپار' }, { name: 'IMG_0001.JPG', type: 'image/jpeg', data });
  assert.equal(res.statusCode, 201, res.body);
  const m = res.json().media;
  assert.equal(m.mime, 'image/jpeg');
  assert.equal(m.width, 2000);
  assert.equal(m.height, 1200);
  assert.equal(m.alt, 'نمای شهر');
  const sizes = (f: string) => m.variants.filter((v: { format: string }) => v.format === f).map((v: { width: number }) => v.width);
  assert.deepEqual(sizes('webp'), [320, 640, 1024, 1600, 2000]);
  assert.deepEqual(sizes('jpeg'), [320, 640, 1024, 1600, 2000]);
  for (const v of m.variants) {
    assert.equal(v.height, Math.round((v.width * 1200) / 2000));
    const file = path.join(rt.config.dataDir, 'media', v.key);
    assert.ok(fs.existsSync(file), `${v.key} is on disk`);
    const meta = await sharp(file).metadata();
    assert.equal(meta.width, v.width);
    assert.equal(meta.format, v.format);
    assert.equal(meta.exif, undefined, `${v.key} carries no EXIF (no GPS)`);
    assert.equal(fs.statSync(file).size, v.bytes);
    assert.equal(v.url, `/media/${v.key}`);
  }
  // The untouched original is kept, outside the public directory.
  const originals = fs.readdirSync(path.join(rt.config.dataDir, 'media-originals'), { recursive: true }).map(String).filter((f) => f.endsWith('original.jpg'));
  assert.equal(originals.length, 1);

  // Reused as a featured image, it appears on the public page with srcset, width and height.
  const a = (await ed.req('POST', '/articles', { title: 'برف تهران', sectionId: politics, featuredImageId: m.id, featuredImageCaption: 'برف' })).json().article;
  const b = (await ed.req('POST', '/articles', { title: 'برف دوباره', sectionId: politics, featuredImageId: m.id })).json().article;
  assert.equal(b.featuredImageId, m.id, 'one image in many articles');
  const pub = (await ed.req('POST', `/articles/${a.id}/publish`, {})).json().article;
  const page = await app.inject({ method: 'GET', url: new URL(pub.url).pathname });
  assert.equal(page.statusCode, 200);
  assert.ok(page.body.includes(`/media/${m.variants[0].key}`), 'the page links the image sizes');
  assert.match(page.body, /srcset="[^"]*320w/);
  assert.match(page.body, /width="\d+"/);

  const listed = (await ed.req('GET', `/media?q=${encodeURIComponent('برف')}`)).json();
  assert.equal(listed.total, 1);
  const edited = await ed.req('PATCH', `/media/${m.id}`, { credit: 'عکاس: مریم' });
  assert.equal(edited.json().media.credit, 'عکاس: مریم');
});

test('files that are not images are refused with a clear message, whatever their name says', async (t) => {
  const { rt, app } = await newsroom(t);
  const rep = await signIn(app, rt, 'reporter');
  const fake = await upload(rep, {}, { name: 'photo.jpg', type: 'image/jpeg', data: Buffer.from('%PDF-1.7 this is not an image at all') });
  assert.equal(fake.statusCode, 415);
  assert.equal(fake.json().error.code, 'CHAPAR_MEDIA_UNSUPPORTED_TYPE');
  assert.match(fake.json().error.message, /JPEG، PNG، WebP، GIF و AVIF/);
  const none = await upload(rep, { caption: 'x' });
  assert.equal(none.statusCode, 400);
  assert.equal(none.json().error.code, 'CHAPAR_MEDIA_NO_FILE');
  const json = await rep.req('POST', '/media', { file: 'x' });
  assert.equal(json.statusCode, 415);
  assert.equal(json.json().error.code, 'CHAPAR_MEDIA_NOT_MULTIPART');
  const dir = path.join(rt.config.dataDir, 'media');
  const written = fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String).filter((f) => fs.statSync(path.join(dir, f)).isFile()) : [];
  assert.deepEqual(written, [], 'nothing was written');
});

test('uploads over 20 MB are refused', async (t) => {
  const { rt, app } = await newsroom(t);
  const rep = await signIn(app, rt, 'reporter');
  const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0);
  big[0] = 0xff; big[1] = 0xd8; big[2] = 0xff;
  const res = await upload(rep, {}, { name: 'big.jpg', type: 'image/jpeg', data: big });
  assert.equal(res.statusCode, 413);
  assert.equal(res.json().error.code, 'CHAPAR_MEDIA_TOO_LARGE');
  assert.match(res.json().error.message, /۲۰ مگابایت/);
});
