/** 批量导入: template, file, 校验报告, then the import in batches with a progress bar, and the plates of the new posts. */
import { Button, Text, View } from '@tarojs/components';
import { useState } from 'react';
import { IMPORT_MAX_BYTES, type ImportReport } from '~/types/api';
import { PageShell } from '~/src/components/PageShell';
import { StateView } from '~/src/components/StateView';
import { Chips } from '~/src/components/forms/Chips';
import type { Datum } from '~/types/gcj02';
import { checkImport } from '~/src/services/admin/checkImport';
import { uploadImport } from '~/src/services/admin/uploadImport';
import { CloudError } from '~/src/services/cloud';
import { IS_WEAPP } from '~/src/services/platform';
import { savePlateIds } from '~/src/stores/plateIds';
import { pickCsvFile } from './pickFile';
import { ReportView } from './ReportView';
import { RunView } from './RunView';
import { STRINGS } from './strings';
import { TemplateCard } from './TemplateCard';
import { useImport, type ImportFile } from './useImport';
import { openPage } from '~/src/services/navigation';
import './index.scss';

const PAGES = '/packages/admin/pages';

/** The page. */
export default function ImportPage() {
  const [file, setFile] = useState<ImportFile | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [datum, setDatum] = useState<Datum | null>(null);
  const { run, start, cancel, reset } = useImport();

  const choose = async () => {
    if (checking) return;
    // Asked before the file: the same numbers lie hundreds of metres apart on different maps.
    if (!datum) {
      setError(STRINGS.datumMissing);
      return;
    }
    const picked = await pickCsvFile();
    if (!picked) return;
    setFile(null);
    setReport(null);
    setError(null);
    reset();
    // Refused here, before a byte is sent: the server would refuse it too, after a long upload.
    if (picked.size > IMPORT_MAX_BYTES) {
      setError(STRINGS.tooBig((picked.size / 1024 / 1024).toFixed(1)));
      return;
    }
    setChecking(true);
    try {
      const fileId = await uploadImport(picked.source).catch((err: unknown) =>
        Promise.reject(err instanceof CloudError ? err : new Error(STRINGS.readFailed)),
      );
      const next = { fileId, name: picked.name, datum };
      setReport(await checkImport(fileId, datum, picked.name));
      setFile(next);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setChecking(false);
    }
  };

  const plates = () => {
    if (!run) return;
    savePlateIds(run.postIds);
    void openPage(`${PAGES}/plates/index?from=import`);
  };
  const again = () => {
    reset();
    setReport(null);
    setFile(null);
  };

  let body;
  if (run && file && report) {
    body = (
      <RunView
        run={run}
        unchanged={report.unchanged}
        onCancel={cancel}
        onPlates={plates}
        onAgain={again}
        onPosts={() => openPage(`${PAGES}/posts/index`)}
      />
    );
  } else if (report && file) {
    body = (
      <ReportView
        report={report}
        filename={file.name}
        datum={STRINGS.datums[file.datum]}
        onImport={(goodOnly) => void start(file, goodOnly, report.good)}
        onRechoose={() => void choose()}
        onChangeDatum={again}
      />
    );
  } else {
    body = (
      <>
        <TemplateCard />
        <View className="card import-choose">
          <Text className="field-label">{STRINGS.datumTitle}</Text>
          <Chips
            options={STRINGS.datums}
            selected={datum}
            onSelect={(d) => {
              setDatum(d);
              setError(null);
            }}
            chipClass="datum-option"
          />
          <Text className="muted datum-hint">{STRINGS.datumHint}</Text>
          {IS_WEAPP ? <Text className="muted">{STRINGS.weappHint}</Text> : null}
          <Button className="btn btn-primary choose-file" onClick={() => void choose()}>
            {STRINGS.choose}
          </Button>
          {checking ? <StateView kind="loading" title={STRINGS.checking} /> : null}
          {error ? <Text className="form-error import-error">{error}</Text> : null}
        </View>
      </>
    );
  }
  return <PageShell className="import-page">{body}</PageShell>;
}
