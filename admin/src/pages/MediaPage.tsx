/** The media library: upload images with caption, credit and alt text; edit them; reuse them in many articles. */
import { useState } from 'preact/hooks';
import { MediaGrid, UploadForm } from '../components/media.js';
import { t } from '../i18n/index.js';

export function MediaPage() {
  const [refresh, setRefresh] = useState(0);
  return (
    <section>
      <h1>{t('media.title')}</h1>
      <UploadForm idPrefix="lib" onUploaded={() => setRefresh((n) => n + 1)} />
      <MediaGrid editable refresh={refresh} />
    </section>
  );
}
