; Inno Setup 6 script: the Windows installer of Visitation Desktop, for IT to deploy.
;
; Build (on Windows, after the PyInstaller bundle, see installer/README.md):
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 installer\windows\visitation-desktop.iss
; Result: dist\VisitationDesktop-<version>-setup.exe
;
; - per-machine install under Program Files (administrator rights; Intune/SCCM run it as SYSTEM)
; - a Start menu entry for the windowed program; the console program visitation-desktop.exe beside it
; - /SILENT and /VERYSILENT (Inno Setup's own switches; add /SUPPRESSMSGBOXES /NORESTART /LOG=...)
; - optionally IT's policy file: /POLICY="\\server\share\policy.json" copies it to
;   %PROGRAMDATA%\VisitationDesktop\policy.json (docs/it-policy.md); without it nothing is changed there
; - the uninstaller removes the program only: the caseworkers' data (%LOCALAPPDATA%\VisitationDesktop,
;   encrypted) and the policy file stay

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Visitation Desktop"
#define BundleDir "..\..\dist\visitation-desktop"

[Setup]
; A fixed AppId: upgrades replace the same installation. Never change it.
AppId={{6F0C7B2E-4D1A-4B8E-9C35-2A7D4E1F9B60}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Visitation Desktop
DefaultDirName={autopf}\Visitation Desktop
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=VisitationDesktop-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\visitation-desktop.ico
UninstallDisplayIcon={app}\visitation-desktop-gui.exe
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=no
CloseApplications=yes
RestartApplications=no
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}

[Languages]
Name: "danish"; MessagesFile: "compiler:Languages\Danish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; IT's policy file, only when /POLICY=path is given (see [Code]); never overwritten by an upgrade
; without it, never removed by the uninstaller.
Source: "{code:PolicySource}"; DestDir: "{commonappdata}\VisitationDesktop"; DestName: "policy.json"; \
  Flags: external skipifsourcedoesntexist uninsneveruninstall; Check: HasPolicy

[Dirs]
; The policy folder. C:\ProgramData lets ordinary users create files in new subfolders, so the ACL is
; replaced in [Run]: SYSTEM and Administrators full control, Users read only (a caseworker cannot
; write a policy.json of their own).
Name: "{commonappdata}\VisitationDesktop"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\visitation-desktop-gui.exe"; \
  WorkingDir: "{app}"; Comment: "Visitation til aktivitets- og samværstilbud (Servicelovens § 104)"
Name: "{autoprograms}\{#AppName} (demo)"; Filename: "{app}\visitation-desktop-gui.exe"; Parameters: "--demo"; \
  WorkingDir: "{app}"; Comment: "Programmet med fiktive borgere"

[Run]
; Well-known SIDs, so this works on a Danish Windows too (S-1-5-18 SYSTEM, -32-544 Administrators, -32-545 Users).
Filename: "{sys}\icacls.exe"; \
  Parameters: """{commonappdata}\VisitationDesktop"" /inheritance:r /grant:r *S-1-5-18:(OI)(CI)F *S-1-5-32-544:(OI)(CI)F *S-1-5-32-545:(OI)(CI)RX"; \
  Flags: runhidden waituntilterminated; StatusMsg: "Sikrer mappen til IT's indstillinger …"
Filename: "{app}\visitation-desktop-gui.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; \
  Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself may have left in its own folder; never the user's data folder.
Type: filesandordirs; Name: "{app}\__pycache__"

[Code]
function PolicySource(Param: String): String;
begin
  Result := ExpandConstant('{param:POLICY|}');
end;

function HasPolicy(): Boolean;
begin
  Result := (PolicySource('') <> '') and FileExists(PolicySource(''));
end;

function InitializeSetup(): Boolean;
begin
  Result := True;
  if (ExpandConstant('{param:POLICY|}') <> '') and not HasPolicy() then
  begin
    SuppressibleMsgBox('Politikfilen ' + ExpandConstant('{param:POLICY|}') +
      ' findes ikke. Installationen fortsætter uden at ændre IT''s indstillinger.',
      mbError, MB_OK, IDOK);
  end;
end;
